/**
 * The page's handle on the runtime worker: typed calls over one MessageChannel
 * each. Worker code is imported as types only, so it never enters the page bundle.
 *
 * It also supervises the worker. Python runs synchronously, so an endless loop
 * in the learner's code blocks the worker for good: when a call hears nothing
 * for the time limit, the worker is terminated and a fresh one started (the
 * page is not cross-origin isolated, so Pyodide's interrupt buffer is not
 * available; see docs/decisions/005-stopping-runaway-code.md). The caller is
 * told, and reloads the last working app into the new worker.
 */
import type {
  AppLoadResult,
  CancelMessage,
  InMessage,
  LogEntry,
  LoadAppReply,
  NonReplyMessage,
  PingMessage,
  ResponseReply,
  RuntimeStats,
  StatsReply,
  WireRequest,
  WireResponseHead,
} from "../runtime/protocol";

/** A Worker whose postMessage only takes protocol messages. */
export interface RuntimeWorker extends Omit<Worker, "postMessage"> {
  postMessage(message: InMessage, transfer: Transferable[]): void;
}

export interface StreamedResponse {
  head: WireResponseHead;
  /** The body as the app yields it; cancelling it stops the app's iterator. */
  body: ReadableStream<Uint8Array>;
}

/**
 * What a request's response does as it arrives. `at` is when the worker sent
 * that part, on the page's performance.now() clock.
 */
export interface RequestObserver {
  head?(head: WireResponseHead, at: number): void;
  chunk?(bytes: Uint8Array, at: number): void;
  /** `cut`: why the body ended before the app finished it. */
  end?(cut: string | undefined, at: number): void;
  /** A log line the app wrote while answering this request (the logs panel gets it through onMessage). */
  log?(entry: LogEntry): void;
}

export interface RuntimeClientOptions {
  createWorker(): RuntimeWorker;
  onMessage(message: NonReplyMessage): void;
  /** A stuck or broken worker was replaced by a fresh one; reload the app into it. */
  onRestart(reason: string): void;
  /**
   * The worker broke again too soon after the last restarts (a crash loop: e.g.
   * offline, a fresh worker cannot fetch Python): no worker runs until `retry()`.
   */
  onStopped?(reason: string): void;
  /** At most this many restarts within this window; one more stops instead. */
  restartBudget?: RestartBudget;
  /**
   * How long (ms) a call may go without hearing from Python before the worker
   * is replaced. Read at each call, so a settings change applies at once.
   * @default 5000
   */
  timeLimitMs?(): number;
}

export const DEFAULT_TIME_LIMIT_MS = 5000;

/** How long a worker pinged at the end of a call's time limit has to answer before it is stopped. */
export const PING_GRACE_MS = 1000;

export interface RestartBudget {
  max: number;
  windowMs: number;
}

/** Three restarts of a worker that never started, in 30 s: then stop, rather than retry forever a worker that cannot start. */
export const DEFAULT_RESTART_BUDGET: RestartBudget = { max: 3, windowMs: 30_000 };

/** A call in flight: how to fail it when its worker goes away. */
type Pending = (reason: string) => void;

/** A worker's epoch timestamp on the page's performance.now() clock. */
const pageTime = (epoch: number) => epoch - performance.timeOrigin;

export class RuntimeClient {
  private worker!: RuntimeWorker;
  private readonly pending = new Set<Pending>();
  /** Whether the current worker's Python got as far as ready. */
  private started = false;
  /** When recent workers died before Python was ready (performance.now()). */
  private restarts: number[] = [];
  /** Why no worker runs, once the restart budget is spent; null while one runs. */
  private stoppedBecause: string | null = null;

  constructor(private readonly options: RuntimeClientOptions) {
    this.worker = this.spawn();
  }

  private spawn(): RuntimeWorker {
    const worker = this.options.createWorker();
    this.started = false;
    worker.addEventListener("message", (event) => {
      const message = (event as MessageEvent<NonReplyMessage>).data;
      if (message.type === "progress" && message.progress.stage === "ready") this.started = true;
      if (message.type === "fatal") this.restart(message.message);
      else this.options.onMessage(message);
    });
    worker.addEventListener("error", (event) => {
      const details = (event as ErrorEvent).message || "no details";
      // Before it is ready, a worker dies of what it could not load; offline, say that rather than "crashed".
      if (this.started) this.restart(`The Python worker crashed (${details})`);
      else if (globalThis.navigator?.onLine === false)
        this.restart("Python could not be loaded: this browser is offline and has no offline copy of it");
      else this.restart(`Python could not be loaded (${details})`);
    });
    return worker;
  }

  /**
   * Replace the worker because of `cause`: every call in flight fails, saying
   * so. A worker that dies before its Python is ready (it cannot fetch the
   * runtime, say) counts against the restart budget; past it, stop instead:
   * no worker runs and every call fails at once until `retry()`. A worker
   * stopped after it was ready (an endless loop, os._exit) never counts: each
   * of those is one action of the learner's, not a loop.
   */
  restart(cause: string, restarted = "Python was restarted."): void {
    if (this.stoppedBecause !== null) return;
    this.worker.terminate();
    const reason = `${cause}. ${restarted}`;
    const failed = [...this.pending];
    this.pending.clear();
    for (const fail of failed) fail(reason);
    const { max, windowMs } = this.options.restartBudget ?? DEFAULT_RESTART_BUDGET;
    const now = performance.now();
    this.restarts = this.restarts.filter((at) => now - at < windowMs);
    if (!this.started && this.restarts.length >= max) {
      this.stoppedBecause = `${cause}. Python is stopped: it failed to start ${max + 1} times within ${windowMs / 1000} s, so it is not restarted again on its own. Press Retry to start it.`;
      this.options.onStopped?.(this.stoppedBecause);
      return;
    }
    if (!this.started) this.restarts.push(now);
    this.worker = this.spawn();
    this.options.onRestart(reason);
  }

  /** Why no worker runs (the restart budget is spent), or null while one runs. */
  get stopped(): string | null {
    return this.stoppedBecause;
  }

  /** After a stop: start a fresh worker, with a fresh restart budget. */
  retry(): void {
    if (this.stoppedBecause === null) return;
    this.stoppedBecause = null;
    this.restarts = [];
    this.worker = this.spawn();
    this.options.onRestart("Python was started again (Retry).");
  }

  private limit(): number {
    return this.options.timeLimitMs?.() ?? DEFAULT_TIME_LIMIT_MS;
  }

  /**
   * A timer that restarts the worker unless `touch` is called often enough;
   * `stop` when done. The first `touch` starts it, at the worker's "started"
   * reply: booting, and waiting behind the worker's other work, are not the
   * app's time. When the limit runs out the worker is pinged on the call's own
   * port (`port`): a reply already waiting behind a busy page is read first (a
   * port keeps its order), and a worker that is not busy in Python answers at
   * once. Only silence for PING_GRACE_MS more stops it.
   */
  private watchdog(what: string, port: MessagePort, fail: Pending) {
    const limit = this.limit();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const expire = () =>
      this.restart(
        `${what} did not finish within ${limit / 1000} s (an endless loop?)`,
        "Python was stopped and restarted; the last working app is back.",
      );
    const arm = () => {
      clearTimeout(timer);
      if (stopped) return;
      timer = setTimeout(() => {
        port.postMessage({ type: "ping" } satisfies PingMessage);
        timer = setTimeout(expire, PING_GRACE_MS);
      }, limit);
    };
    this.pending.add(fail);
    return {
      touch: arm,
      stop: () => {
        stopped = true;
        clearTimeout(timer);
        this.pending.delete(fail);
      },
    };
  }

  /** The runtime's memory figures. */
  stats(): Promise<RuntimeStats> {
    if (this.stoppedBecause !== null) return Promise.reject(new Error(this.stoppedBecause));
    const { port1, port2 } = new MessageChannel();
    return new Promise((resolve) => {
      port1.onmessage = (event: MessageEvent<StatsReply>) => {
        port1.close();
        resolve(event.data.stats);
      };
      this.worker.postMessage({ type: "stats", port: port2 }, [port2]);
    });
  }

  /** Run new app code in the worker; resolves with what happened (never rejects). */
  loadApp(code: string): Promise<AppLoadResult> {
    const stopped = this.stoppedBecause;
    if (stopped !== null) {
      return Promise.resolve({ ok: false, stage: "timeout", error: { type: "Stopped", message: stopped, frames: [], text: stopped }, durationMs: 0 });
    }
    const { port1, port2 } = new MessageChannel();
    return new Promise((resolve) => {
      const watch = this.watchdog("Your code", port1, (reason) => {
        port1.close();
        resolve({
          ok: false,
          stage: "timeout",
          error: { type: "TimeoutError", message: reason, frames: [], text: reason },
          durationMs: this.limit(),
        });
      });
      port1.onmessage = (event: MessageEvent<LoadAppReply>) => {
        if (event.data.type === "started" || event.data.type === "alive") return watch.touch();
        watch.stop();
        port1.close();
        resolve(event.data.result);
      };
      this.worker.postMessage({ type: "load-app", code, port: port2 }, [port2]);
    });
  }

  /**
   * Send a request to the app. Resolves when the status and headers are in;
   * the body streams on. Rejects when the app could not be called at all, or
   * when it stayed silent past the time limit.
   */
  request(request: WireRequest, observer: RequestObserver = {}): Promise<StreamedResponse> {
    if (this.stoppedBecause !== null) return Promise.reject(new Error(this.stoppedBecause));
    const { port1, port2 } = new MessageChannel();
    return new Promise((resolve, reject) => {
      let controller!: ReadableStreamDefaultController<Uint8Array>;
      let headed = false;
      const body = new ReadableStream<Uint8Array>({
        start: (c) => {
          controller = c;
        },
        cancel: () => {
          watch.stop();
          port1.postMessage({ type: "cancel" } satisfies CancelMessage);
          port1.close();
        },
      });
      const watch = this.watchdog("The request", port1, (reason) => {
        port1.close();
        if (!headed) reject(new Error(reason));
        else {
          try {
            controller.error(new Error(reason));
          } catch {
            // already closed
          }
        }
      });
      port1.onmessage = (event: MessageEvent<ResponseReply>) => {
        const reply = event.data;
        watch.touch();
        switch (reply.type) {
          case "started":
          case "alive":
            break;
          case "response":
            watch.stop();
            port1.close();
            headed = true;
            observer.head?.(reply.head, pageTime(reply.at));
            if (reply.body.byteLength > 0) {
              observer.chunk?.(reply.body, pageTime(reply.at));
              controller.enqueue(reply.body);
            }
            controller.close();
            observer.end?.(undefined, pageTime(reply.at));
            resolve({ head: reply.head, body });
            break;
          case "response-head":
            headed = true;
            observer.head?.(reply.head, pageTime(reply.startedAt));
            resolve({ head: reply.head, body });
            break;
          case "response-chunk":
            observer.chunk?.(reply.chunk, pageTime(reply.at));
            try {
              controller.enqueue(reply.chunk);
            } catch {
              // The reader cancelled; the worker has been told to stop.
            }
            break;
          case "response-end":
            watch.stop();
            observer.end?.(reply.cut, pageTime(reply.at));
            port1.close();
            try {
              // A cut body fails the reader, as a dropped connection does.
              if (reply.cut) controller.error(new Error(reply.cut));
              else controller.close();
            } catch {
              // already cancelled
            }
            break;
          case "response-log":
            observer.log?.(reply.entry);
            break;
          case "response-failed":
            watch.stop();
            port1.close();
            reject(new Error(reply.message));
            break;
          default: {
            const unknown: never = reply;
            throw new Error(`Unknown reply ${JSON.stringify(unknown)}`);
          }
        }
      };
      const transfer: Transferable[] = request.body ? [port2, request.body.buffer] : [port2];
      this.worker.postMessage({ type: "request", request, port: port2 }, transfer);
    });
  }
}
