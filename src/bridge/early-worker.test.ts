/**
 * The worker started by the entry script before the UI: what it says before
 * the runtime client takes it over must not be lost.
 */
import { afterEach, describe, expect, it, vi } from "vitest";

class FakeWorker extends EventTarget {
  static created: FakeWorker[] = [];
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    super();
    FakeWorker.created.push(this);
  }
  postMessage(): void {}
  terminate(): void {}
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
  FakeWorker.created = [];
});

async function load() {
  vi.stubGlobal("Worker", FakeWorker);
  return import("./early-worker");
}

describe("the early runtime worker", () => {
  it("starts when the module is evaluated, as a module worker on the runtime script", async () => {
    await load();
    expect(FakeWorker.created).toHaveLength(1);
    expect(String(FakeWorker.created[0].url)).toMatch(/runtime\/worker\.ts$/);
    expect(FakeWorker.created[0].options).toEqual({ type: "module" });
  });

  it("replays messages sent before it was adopted to the adopter's listeners, in order, once", async () => {
    const { adoptRuntimeWorker } = await load();
    const [early] = FakeWorker.created;
    early.dispatchEvent(new MessageEvent("message", { data: { type: "progress", n: 1 } }));
    early.dispatchEvent(new MessageEvent("message", { data: { type: "progress", n: 2 } }));
    const worker = adoptRuntimeWorker();
    expect(worker).toBe(early);
    const heard: unknown[] = [];
    worker.addEventListener("message", (event) => heard.push((event as MessageEvent).data));
    await Promise.resolve();
    early.dispatchEvent(new MessageEvent("message", { data: { type: "progress", n: 3 } }));
    expect(heard).toEqual([
      { type: "progress", n: 1 },
      { type: "progress", n: 2 },
      { type: "progress", n: 3 },
    ]);
  });

  it("hands out a fresh worker after the first (a restart)", async () => {
    const { adoptRuntimeWorker } = await load();
    const first = adoptRuntimeWorker();
    const second = adoptRuntimeWorker();
    expect(second).not.toBe(first);
    expect(FakeWorker.created).toHaveLength(2);
  });
});
