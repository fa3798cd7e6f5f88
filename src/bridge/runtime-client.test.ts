import { afterEach, describe, expect, it, vi } from "vitest";
import { PING_GRACE_MS, RuntimeClient, type RuntimeWorker } from "./runtime-client";

/** A worker that only records being made and terminated; `crash()` fires its error event. */
class FakeWorker extends EventTarget {
  terminated = false;
  /** The reply port of each call posted to it. */
  ports: MessagePort[] = [];
  postMessage(message: { port?: MessagePort }) {
    if (message.port) this.ports.push(message.port);
  }
  terminate() {
    this.terminated = true;
  }
  crash() {
    this.dispatchEvent(Object.assign(new Event("error"), { message: "boom" }));
  }
  /** Python says it is ready. */
  ready() {
    this.dispatchEvent(
      Object.assign(new Event("message"), { data: { type: "progress", progress: { stage: "ready", loadedBytes: 0, totalBytes: 0 } } }),
    );
  }
}

function setup(budget = { max: 3, windowMs: 30_000 }, timeLimitMs = 5000) {
  const workers: FakeWorker[] = [];
  const restarts: string[] = [];
  const stops: string[] = [];
  const client = new RuntimeClient({
    createWorker: () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker as unknown as RuntimeWorker;
    },
    onMessage: () => {},
    onRestart: (reason) => restarts.push(reason),
    onStopped: (reason) => stops.push(reason),
    restartBudget: budget,
    timeLimitMs: () => timeLimitMs,
  });
  return { client, workers, restarts, stops, current: () => workers.at(-1)! };
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("RuntimeClient restarts", () => {
  it("restarts a worker that dies before Python is ready, up to the budget, then stops and says why", async () => {
    const { client, workers, restarts, stops, current } = setup();
    for (let i = 0; i < 3; i++) current().crash();
    expect(restarts).toHaveLength(3);
    expect(restarts[0]).toBe("Python could not be loaded (boom). Python was restarted.");
    expect(workers).toHaveLength(4);
    expect(client.stopped).toBeNull();

    current().crash();
    expect(workers).toHaveLength(4);
    expect(current().terminated).toBe(true);
    expect(stops).toEqual([
      "Python could not be loaded (boom). Python is stopped: it failed to start 4 times within 30 s, so it is not restarted again on its own. Press Retry to start it.",
    ]);
    expect(client.stopped).toBe(stops[0]);

    // Stopped: calls fail at once with the reason instead of waiting on a dead worker.
    await expect(client.request({} as never)).rejects.toThrow("Press Retry");
    await expect(client.stats()).rejects.toThrow("Press Retry");
    expect(await client.loadApp("x")).toMatchObject({ ok: false, error: { message: stops[0] } });
    // A late crash report from the dead worker changes nothing.
    current().crash();
    expect(workers).toHaveLength(4);
    expect(stops).toHaveLength(1);
  });

  it("Retry starts a fresh worker with a fresh budget", () => {
    const { client, workers, restarts, current } = setup({ max: 1, windowMs: 30_000 });
    current().crash();
    current().crash();
    expect(client.stopped).not.toBeNull();
    client.retry();
    expect(client.stopped).toBeNull();
    expect(workers).toHaveLength(3);
    expect(restarts.at(-1)).toBe("Python was started again (Retry).");
    current().crash();
    expect(workers).toHaveLength(4);
    expect(client.stopped).toBeNull();
  });

  it("never stops for workers that died after Python was ready (each an endless loop or os._exit the learner ran)", () => {
    const { client, workers, current } = setup({ max: 1, windowMs: 30_000 });
    for (let i = 0; i < 5; i++) {
      current().ready();
      current().crash();
    }
    expect(client.stopped).toBeNull();
    expect(workers).toHaveLength(6);
  });

  it("says a worker that died before it was ready could not be loaded, and offline, why", () => {
    const { restarts, current } = setup();
    current().ready();
    current().crash();
    expect(restarts[0]).toBe("The Python worker crashed (boom). Python was restarted.");
    vi.stubGlobal("navigator", { onLine: false });
    current().crash();
    expect(restarts[1]).toBe("Python could not be loaded: this browser is offline and has no offline copy of it. Python was restarted.");
  });

  it("forgets restarts older than the window", () => {
    vi.useFakeTimers({ toFake: ["performance"] });
    const { client, workers, current } = setup({ max: 2, windowMs: 30_000 });
    current().crash();
    current().crash();
    vi.advanceTimersByTime(30_001);
    current().crash();
    expect(client.stopped).toBeNull();
    expect(workers).toHaveLength(4);
  });
});

describe("RuntimeClient time limit", () => {
  /**
   * A MessageChannel that delivers at once, so the test says when the
   * worker's replies arrive; what the page sends on port1 is recorded.
   */
  class InstantChannel {
    static sent: unknown[] = [];
    port1 = {
      onmessage: null as ((event: { data: unknown }) => void) | null,
      postMessage: (data: unknown) => InstantChannel.sent.push(data),
      close() {},
    };
    port2 = { postMessage: (data: unknown) => this.port1.onmessage?.({ data }) };
  }

  function start(limitMs: number) {
    InstantChannel.sent = [];
    vi.stubGlobal("MessageChannel", InstantChannel);
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const context = setup(undefined, limitMs);
    context.current().ready();
    return context;
  }

  const STOPPED = "The request did not finish within 1 s (an endless loop?). Python was stopped and restarted; the last working app is back.";

  it("counts from when the worker starts the call, not while the call waits behind the worker's other work", async () => {
    const { client, restarts, current } = start(1000);
    const loaded = client.loadApp("app = 1");
    const request = client.request({} as never);
    const [loadPort, requestPort] = current().ports;

    // Queued behind a snapshot save, say: far past the limit, nothing is stopped.
    vi.advanceTimersByTime(10_000);
    expect(restarts).toEqual([]);

    // The load starts and answers within the limit; the request starts and never answers.
    loadPort.postMessage({ type: "started" });
    vi.advanceTimersByTime(900);
    loadPort.postMessage({ type: "app-loaded", result: { ok: true, routes: [], durationMs: 900 } });
    expect(await loaded).toMatchObject({ ok: true });
    requestPort.postMessage({ type: "started" });
    vi.advanceTimersByTime(1000 + PING_GRACE_MS - 1);
    expect(restarts).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(restarts).toEqual([STOPPED]);
    await expect(request).rejects.toThrow("The request did not finish within 1 s");
  });

  it("at the limit asks the worker first: a reply that was waiting behind a busy page is read, not thrown away", async () => {
    const { client, restarts, current } = start(1000);
    const loaded = client.loadApp("app = 1");
    const [port] = current().ports;
    port.postMessage({ type: "started" });
    vi.advanceTimersByTime(1000);
    expect(InstantChannel.sent).toEqual([{ type: "ping" }]);
    // The page gets round to the reply the worker sent in time.
    port.postMessage({ type: "app-loaded", result: { ok: true, routes: [], durationMs: 200 } });
    vi.advanceTimersByTime(10_000);
    expect(restarts).toEqual([]);
    expect(await loaded).toMatchObject({ ok: true });
  });

  it("a worker that answers the ping is not busy in Python: the limit starts over", () => {
    const { client, restarts, current } = start(1000);
    void client.request({} as never).catch(() => {});
    const [port] = current().ports;
    port.postMessage({ type: "started" });
    vi.advanceTimersByTime(1000);
    port.postMessage({ type: "alive" });
    vi.advanceTimersByTime(1000 + PING_GRACE_MS - 1);
    expect(restarts).toEqual([]);
    expect(InstantChannel.sent).toEqual([{ type: "ping" }, { type: "ping" }]);
    vi.advanceTimersByTime(1);
    expect(restarts).toEqual([STOPPED]);
  });
});
