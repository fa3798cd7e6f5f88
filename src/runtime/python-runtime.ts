/**
 * The Python side of the playground, independent of where it runs: the Web
 * Worker (worker.ts) and the Vitest suites on Node both drive this class.
 */
import type { PyodideAPI } from "pyodide";
import type { PyProxy } from "pyodide/ffi";
import { CleanSlate } from "./clean-slate";
import type { AppLoadResult, LogEntry, RuntimeStats, WireRequest, WireResponseHead } from "./protocol";

/**
 * What a start does without (on_demand.py): the standard library's modules
 * that are not in the core archive, and the Flask stack's .py sources.
 */
export type OnDemandArchive = "stdlib-rest" | "stack-sources" | `extension-${string}`;

/** A package the runtime has; an extension's archive is fetched the first time an app imports its module (on_demand.py). */
export interface RuntimePackage {
  name: string;
  version: string;
  /** Its import name, e.g. "flask_talisman". */
  module: string;
  extension?: boolean;
}

export interface RuntimeHooks {
  onLog(entry: LogEntry): void;
  /**
   * An archive the runtime fetches when first needed (on_demand.py),
   * synchronously: Python waits for it. Throws when it cannot be had.
   */
  archive(name: OnDemandArchive): Uint8Array;
  /** What the runtime has: import errors name it, and an extension's import fetches its archive. */
  packages: RuntimePackage[];
}

/** What the caller gets while a response is produced. */
export interface ResponseSink {
  /**
   * A response complete at once (almost all of them): its head and whole body
   * in one call, instead of head, chunk and end. Without it, such a response
   * comes through `head` and `chunk` like a stream.
   */
  whole?(head: WireResponseHead, body: Uint8Array): void;
  head(head: WireResponseHead): void;
  chunk(bytes: Uint8Array): void;
  /** Checked between chunks: true when the client went away and the rest is not wanted. */
  cancelled(): boolean;
  /**
   * The response was cut off before its end because a new app was loaded
   * (a restarting server drops its open connections). Without it, a cut
   * response just stops.
   */
  cut?(reason: string): void;
  /**
   * A log line the app wrote while answering this request (it goes to
   * RuntimeHooks.onLog as well). Python runs one call at a time, so a line
   * written during this exchange's start or next chunk is this request's.
   */
  log?(entry: LogEntry): void;
}

/** The parts of Emscripten's module that stats() reads malloc's figures through. */
interface EmscriptenMalloc {
  HEAPU8: Uint8Array;
  HEAP32: Int32Array;
  _malloc(size: number): number;
  _free(pointer: number): void;
  _mallinfo(out: number): void;
}

interface PyExchange extends PyProxy {
  start(): PyProxy;
  next_chunk(): PyProxy | undefined;
  close(): void;
}

/** A response still streaming: a new app load ends it first (see loadApp). */
interface OpenExchange {
  exchange: PyExchange;
  cut: boolean;
}

/** Why an open stream stops when new code loads. */
export const CUT_BY_RELOAD =
  "The app was reloaded while this response was streaming, so it ended early (a restarting server closes its open connections).";

/** Where the Flask stack's zip is mounted; its .pyc files name their sources under it (scripts/precompile.mjs). */
export const STACK_ZIP_PATH = "/lib/flask-stack.zip";

/** Let queued messages (a cancel, another request) in between two chunks of a stream. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class PythonRuntime {
  private readonly server: PyProxy;
  private readonly slate: CleanSlate;
  private readonly open = new Set<OpenExchange>();
  /** The last code that loaded: it answers again when newer code fails. */
  private lastWorking: string | null = null;
  /** Logs are dropped while the last working app is loaded again (its output was seen once already). */
  private muted = false;
  /** The sink of the exchange whose Python is running now, which gets its log lines too. */
  private serving: ResponseSink | null = null;

  private constructor(
    readonly pyodide: PyodideAPI,
    hooks: RuntimeHooks,
    reuse?: Uint8Array,
  ) {
    const now = () => performance.now();
    const log = (entry: LogEntry) => {
      if (this.muted) return;
      hooks.onLog(entry);
      this.serving?.log?.(entry);
    };
    pyodide.setStdout({ batched: (message) => log({ source: "stdout", message, time: now() }) });
    pyodide.setStderr({ batched: (message) => log({ source: "stderr", message, time: now() }) });
    this.server = pyodide.pyimport("playground_runtime.server");
    this.server.setup((json: string) => log({ ...(JSON.parse(json) as LogEntry), time: now() }));
    const onDemand = pyodide.pyimport("playground_runtime.on_demand");
    onDemand.attach((name: OnDemandArchive, path: string) => pyodide.FS.writeFile(path, hooks.archive(name)), JSON.stringify(hooks.packages));
    onDemand.destroy();
    // Last: the interpreter as every app load starts from (clean-slate.ts).
    this.slate = CleanSlate.take(pyodide, reuse);
  }

  /**
   * Install Flask in a freshly loaded Pyodide and hand back a runtime ready
   * to load apps (install, then attach).
   */
  static start(pyodide: PyodideAPI, stack: ArrayBuffer, pythonFiles: Record<string, string>, hooks: RuntimeHooks): PythonRuntime {
    PythonRuntime.install(pyodide, stack, pythonFiles);
    return PythonRuntime.attach(pyodide, hooks);
  }

  /**
   * Put the Flask stack (flask-stack.zip: the wheels' contents with
   * precompiled bytecode, scripts/precompile.mjs) on sys.path as it is, and
   * the runtime's own Python files beside it. Importing from the zip, like
   * the standard library's own, skips unpacking ~300 files. Last on
   * sys.meta_path: the finder for the standard library's modules that are not
   * in the core archive, and in linecache the lookup of the stack's sources
   * (on_demand.py). Safe to repeat
   * on an interpreter restored from a memory snapshot (its files are not in
   * the snapshot, its sys.path is).
   */
  static install(pyodide: PyodideAPI, stack: ArrayBuffer, pythonFiles: Record<string, string>): void {
    pyodide.FS.writeFile(STACK_ZIP_PATH, new Uint8Array(stack));
    for (const [path, text] of Object.entries(pythonFiles)) {
      pyodide.FS.mkdirTree(path.slice(0, path.lastIndexOf("/")));
      pyodide.FS.writeFile(path, text);
    }
    pyodide.runPython(`
import sys
if '/home/pyodide' not in sys.path: sys.path.insert(0, '/home/pyodide')
if '${STACK_ZIP_PATH}' not in sys.path: sys.path.append('${STACK_ZIP_PATH}')
import playground_runtime.on_demand
playground_runtime.on_demand.install()
`);
  }

  /**
   * Import Flask and the runtime's modules without giving Python any
   * JavaScript object: the state a memory snapshot can be taken in (memory-snapshot.ts).
   */
  static importAhead(pyodide: PyodideAPI): void {
    pyodide.runPython("import flask, flask.cli, playground_runtime.server");
  }

  /**
   * The runtime on an interpreter where `install` has run (or that was
   * restored after it). `reuse`: a buffer at least as big as the
   * interpreter's memory that is no longer needed (the snapshot it was
   * restored from), to hold the clean copy every load starts from.
   */
  static attach(pyodide: PyodideAPI, hooks: RuntimeHooks, reuse?: Uint8Array): PythonRuntime {
    return new PythonRuntime(pyodide, hooks, reuse);
  }

  /** Memory figures: the wasm heap's size, how much of it malloc has handed out, and how many objects Python tracks. */
  stats(): RuntimeStats {
    const objects = this.pyodide.runPython("import gc; gc.collect(); len(gc.get_objects())") as number;
    const wasm = (this.pyodide as unknown as { _module: EmscriptenMalloc })._module;
    // dlmalloc's mallinfo() returns its struct through a pointer (wasm32's
    // sret); the 8th int, uordblks, is the bytes currently allocated.
    const info = wasm._malloc(40);
    wasm._mallinfo(info);
    const heapInUseBytes = wasm.HEAP32[(info >> 2) + 7];
    wasm._free(info);
    return { wasmMemoryBytes: wasm.HEAPU8.byteLength, heapInUseBytes, pythonObjects: objects };
  }

  /**
   * Run new app code in a clean interpreter, like a restarted `flask run`:
   * nothing an earlier app did to the process is left. A syntax error is
   * reported without touching the running app; when the code fails at
   * import, the last working app is loaded again (from a clean slate too)
   * and keeps serving.
   */
  loadApp(code: string): AppLoadResult {
    const syntax = this.server.syntax_error(code) as string | undefined;
    if (syntax !== undefined) return JSON.parse(syntax) as AppLoadResult;
    const result = this.loadFresh(code);
    if (result.ok) this.lastWorking = code;
    else if (this.lastWorking !== null) {
      this.muted = true;
      try {
        this.loadFresh(this.lastWorking);
      } finally {
        this.muted = false;
      }
    }
    return result;
  }

  private loadFresh(code: string): AppLoadResult {
    for (const open of this.open) {
      open.cut = true;
      open.exchange.close();
      open.exchange.destroy();
    }
    this.open.clear();
    this.slate.restore();
    return JSON.parse(this.server.load_app(code) as string) as AppLoadResult;
  }

  /**
   * Serve one request with the current app, pushing the head and each body
   * chunk into `sink` as the app produces them. Resolves false when no app is loaded.
   */
  /** Run one synchronous step of an exchange with its log lines going to `sink` too. */
  private during<T>(sink: ResponseSink, step: () => T): T {
    this.serving = sink;
    try {
      return step();
    } finally {
      this.serving = null;
    }
  }

  async serve(request: WireRequest, sink: ResponseSink): Promise<boolean> {
    const exchange = this.server.open_exchange({ ...request, body: request.body ?? undefined }) as PyExchange | undefined;
    if (exchange === undefined) return false;
    const open: OpenExchange = { exchange, cut: false };
    try {
      const started = this.during(sink, () => exchange.start());
      const [status, reason, headers, whole] = started.toJs() as [number, string, [string, string][], Uint8Array | undefined];
      started.destroy();
      if (whole !== undefined && sink.whole) {
        sink.whole({ status, reason, headers }, whole);
        return true;
      }
      sink.head({ status, reason, headers });
      if (whole !== undefined) {
        if (whole.byteLength > 0) sink.chunk(whole);
        return true;
      }
      this.open.add(open);
      // Each chunk goes out the moment the app yields it. Between chunks the
      // worker lets queued messages in: a cancel, another request, a new app.
      for (let index = 0; !sink.cancelled(); index++) {
        if (index > 0) await yieldToEventLoop();
        if (open.cut) {
          sink.cut?.(CUT_BY_RELOAD);
          return true;
        }
        if (sink.cancelled()) break;
        const chunk = this.during(sink, () => exchange.next_chunk());
        if (chunk === undefined) break;
        const bytes = chunk.toJs() as Uint8Array;
        chunk.destroy();
        if (bytes.byteLength > 0) sink.chunk(bytes);
      }
    } finally {
      if (!open.cut) {
        this.open.delete(open);
        exchange.close();
        exchange.destroy();
      }
    }
    return true;
  }
}
