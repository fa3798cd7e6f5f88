/**
 * The Python side of the playground, independent of where it runs: the Web
 * Worker (worker.ts) and the Vitest suites on Node both drive this class.
 */
import type { PyodideAPI } from "pyodide";
import type { PyProxy } from "pyodide/ffi";
import type { AppLoadResult, LogEntry, RuntimeStats, WireRequest, WireResponseHead } from "./protocol";

export interface RuntimeHooks {
  onLog(entry: LogEntry): void;
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
}

interface PyExchange extends PyProxy {
  start(): PyProxy;
  more(): boolean;
  next_chunk(): PyProxy | undefined;
  close(): void;
}

/** Where the Flask stack's zip is mounted; its .pyc files name their sources under it (scripts/precompile.mjs). */
export const STACK_ZIP_PATH = "/lib/flask-stack.zip";

/** Let queued messages (a cancel, another request) in between two chunks of a stream. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class PythonRuntime {
  private readonly server: PyProxy;

  private constructor(
    readonly pyodide: PyodideAPI,
    hooks: RuntimeHooks,
  ) {
    const now = () => performance.now();
    pyodide.setStdout({ batched: (message) => hooks.onLog({ source: "stdout", message, time: now() }) });
    pyodide.setStderr({ batched: (message) => hooks.onLog({ source: "stderr", message, time: now() }) });
    this.server = pyodide.pyimport("playground_runtime.server");
    this.server.setup((json: string) => hooks.onLog({ ...(JSON.parse(json) as LogEntry), time: now() }));
  }

  /**
   * Install Flask in a freshly loaded Pyodide and hand back a runtime ready
   * to load apps (install, then attach).
   */
  static start(
    pyodide: PyodideAPI,
    stack: ArrayBuffer,
    pythonFiles: Record<string, string>,
    hooks: RuntimeHooks,
  ): PythonRuntime {
    PythonRuntime.install(pyodide, stack, pythonFiles);
    return PythonRuntime.attach(pyodide, hooks);
  }

  /**
   * Put the Flask stack (flask-stack.zip: the wheels' contents with
   * precompiled bytecode, scripts/precompile.mjs) on sys.path as it is, and
   * the runtime's own Python files beside it. Importing from the zip, like
   * the standard library's own, skips unpacking ~300 files. Safe to repeat
   * on an interpreter restored from a memory snapshot (its files are not in
   * the snapshot, its sys.path is).
   */
  static install(pyodide: PyodideAPI, stack: ArrayBuffer, pythonFiles: Record<string, string>): void {
    pyodide.FS.writeFile(STACK_ZIP_PATH, new Uint8Array(stack));
    for (const [path, text] of Object.entries(pythonFiles)) {
      pyodide.FS.mkdirTree(path.slice(0, path.lastIndexOf("/")));
      pyodide.FS.writeFile(path, text);
    }
    pyodide.runPython(
      `import sys\nif '/home/pyodide' not in sys.path: sys.path.insert(0, '/home/pyodide')\nif '${STACK_ZIP_PATH}' not in sys.path: sys.path.append('${STACK_ZIP_PATH}')`,
    );
  }

  /**
   * Import Flask and the runtime's modules without giving Python any
   * JavaScript object: the state a memory snapshot can be taken in (memory-snapshot.ts).
   */
  static importAhead(pyodide: PyodideAPI): void {
    pyodide.runPython("import flask, flask.cli, playground_runtime.server");
  }

  /** The runtime on an interpreter where `install` has run (or that was restored after it). */
  static attach(pyodide: PyodideAPI, hooks: RuntimeHooks): PythonRuntime {
    return new PythonRuntime(pyodide, hooks);
  }

  /** Memory figures: the wasm heap's size and how many objects Python tracks. */
  stats(): RuntimeStats {
    const objects = this.pyodide.runPython("import gc; gc.collect(); len(gc.get_objects())") as number;
    return { wasmMemoryBytes: (this.pyodide as unknown as { _module: { HEAPU8: Uint8Array } })._module.HEAPU8.byteLength, pythonObjects: objects };
  }

  /** Run new app code; the previous app keeps serving if it fails. */
  loadApp(code: string): AppLoadResult {
    return JSON.parse(this.server.load_app(code) as string) as AppLoadResult;
  }

  /**
   * Serve one request with the current app, pushing the head and each body
   * chunk into `sink` as the app produces them. Resolves false when no app is loaded.
   */
  async serve(request: WireRequest, sink: ResponseSink): Promise<boolean> {
    const exchange = this.server.open_exchange({ ...request, body: request.body ?? undefined }) as
      | PyExchange
      | undefined;
    if (exchange === undefined) return false;
    try {
      const started = exchange.start();
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
      for (let index = 0; !sink.cancelled() && exchange.more(); index++) {
        // Most responses are one chunk, served without a pause; a stream yields
        // between chunks so a cancel (or another request) can get in.
        if (index > 0) await yieldToEventLoop();
        if (sink.cancelled()) break;
        const chunk = exchange.next_chunk();
        if (chunk === undefined) break;
        const bytes = chunk.toJs() as Uint8Array;
        chunk.destroy();
        if (bytes.byteLength > 0) sink.chunk(bytes);
      }
    } finally {
      exchange.close();
      exchange.destroy();
    }
    return true;
  }
}
