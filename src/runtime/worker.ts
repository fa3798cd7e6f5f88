/// <reference lib="webworker" />
/**
 * The runtime Web Worker: boots CPython (Pyodide) with Flask, then serves the
 * page's calls (see protocol.ts). Nothing here touches the DOM.
 */
import { loadPyodide, type PyodideAPI } from "pyodide";
import { countingFetch } from "./download-progress";
import type { AppLoadResult, CancelMessage, InMessage, LoadProgress, NonReplyMessage, PingMessage, ReplyMessage, RequestMessage } from "./protocol";
import { runtimePythonFiles } from "./python-files";
import { PythonRuntime, type OnDemandArchive } from "./python-runtime";
import { runtimeAssets, type RuntimeAsset } from "./runtime-assets";
import { versionedUrl } from "./versioned-url";
import { snapshotStore, takeSnapshot, textHash } from "./memory-snapshot";

declare const self: DedicatedWorkerGlobalScope;

type CreatePyodideModule = NonNullable<NonNullable<Parameters<typeof loadPyodide>[0]>["createPyodideModule"]>;

const base = new URL(import.meta.env.BASE_URL, self.location.origin);
const pyodideURL = new URL("pyodide/", base).href;
const wheelsURL = new URL("wheels/", base).href;
/**
 * Every runtime file by name, at its content-named URL: the service worker
 * precaches exactly these URLs, and a first visit's downloads are then read
 * back from the HTTP cache instead of downloaded again (decision 014).
 */
const pyodideFiles = new Map(runtimeAssets.pyodide.map((asset) => [asset.file, versionedUrl(pyodideURL, asset)]));
const pyodideFile = (file: string): string => {
  const url = pyodideFiles.get(file);
  if (!url) throw new Error(`${file} is not among the runtime's files (vite.config.ts)`);
  return url;
};
/** The files Pyodide's boot needs, asked for before the snapshot lookup so their downloads overlap it. */
const EARLY_FILES = ["pyodide.asm.wasm", "python_stdlib.pyc.zip", "pyodide-lock.json"];

/**
 * The fetch Pyodide boots with. It sends Pyodide's own request for its wasm
 * (from `indexURL`) to the content-named URL, and a file in `early` gets the
 * response already on its way, once.
 */
function bootFetch(inner: typeof fetch, early: Map<string, Promise<Response>>): typeof fetch {
  const plain = new Map(runtimeAssets.pyodide.map((asset) => [pyodideURL + asset.file, pyodideFile(asset.file)]));
  return (input, init) => {
    if (typeof input !== "string" && !(input instanceof URL)) return inner(input, init);
    const url = plain.get(String(input)) ?? String(input);
    const started = early.get(url);
    early.delete(url);
    return started ?? inner(url, init);
  };
}
/**
 * Compiles pyodide.asm.wasm as its bytes arrive, while the snapshot is looked
 * up and Pyodide's module is imported: Pyodide would start compiling only once
 * both are done (about 0.3 s later on a warm visit, bench/). Pyodide
 * instantiates the response `bootFetch` handed it with
 * `WebAssembly.instantiateStreaming`; until `restore()`, that call for this
 * response instantiates the module compiled here instead (a boot that fell
 * back to a fresh start fetches the wasm anew and goes the ordinary way).
 * Marks "wasm-compiled" when the compile ends and "wasm-instantiated" when
 * Pyodide's call got the module.
 */
function compileEarly(wasm: Promise<Response>): { restore(): void } {
  const compiled = WebAssembly.compileStreaming(wasm);
  // A failed download or compile is reported by loadPyodide, which awaits it.
  compiled.then(() => step("wasm-compiled")).catch(() => {});
  const original = WebAssembly.instantiateStreaming;
  WebAssembly.instantiateStreaming = async (source, imports) => {
    if (source !== wasm) return original(source, imports);
    const module = await compiled;
    step("wasm-instantiated");
    return { module, instance: await WebAssembly.instantiate(module, imports) };
  };
  return { restore: () => void (WebAssembly.instantiateStreaming = original) };
}

// A snapshot belongs to one build: this worker (named by content in a build), the
// runtime's Python files (they change without a new name in dev) and the Flask stack.
const snapshots = snapshotStore(`${import.meta.url}#${textHash(Object.values(runtimePythonFiles).join("\0"))}#${runtimeAssets.stack.sha256}`);

/**
 * A fresh boot's snapshot is written to OPFS once the worker has
 * had nothing to do for this long: copying 31 MB out delays whatever runs
 * meanwhile (a first response, a stream's chunks).
 */
const SNAPSHOT_SAVE_QUIET_MS = 2000;
let lastActivity = 0;

function saveWhenQuiet(snapshot: Uint8Array): void {
  const wait = lastActivity + SNAPSHOT_SAVE_QUIET_MS - performance.now();
  if (wait > 0) {
    setTimeout(() => saveWhenQuiet(snapshot), wait);
    return;
  }
  void snapshots.save(snapshot).catch(() => {});
}

function post(message: NonReplyMessage): void {
  self.postMessage(message);
}

function reply(port: MessagePort, message: ReplyMessage, transfer: Transferable[] = []): void {
  port.postMessage(message, transfer);
}

const totalBytes = [...runtimeAssets.pyodide, runtimeAssets.stack].reduce((sum, a) => sum + a.size, 0);
const loadedByUrl = new Map<string, number>();
let stage: LoadProgress["stage"] = "download";
let lastReport = 0;

function report(force = false, extra: Pick<LoadProgress, "fromSnapshot" | "timeline"> = {}): void {
  const now = performance.now();
  if (!force && now - lastReport < 50) return;
  lastReport = now;
  let loadedBytes = 0;
  for (const bytes of loadedByUrl.values()) loadedBytes += bytes;
  post({ type: "progress", progress: { stage, loadedBytes: Math.min(loadedBytes, totalBytes), totalBytes, ...extra } });
}

/** When each step of the boot ended, epoch ms (sent with "ready": the page marks them, bench/ reads them). */
const timeline: Record<string, number> = { "worker-start": performance.timeOrigin };
const step = (name: string) => (timeline[name] = performance.timeOrigin + performance.now());

function enter(next: LoadProgress["stage"], extra: Pick<LoadProgress, "fromSnapshot" | "timeline"> = {}): void {
  stage = next;
  report(true, extra);
}

async function boot(): Promise<PythonRuntime> {
  const plainFetch = self.fetch.bind(self);
  const tracked = countingFetch(plainFetch, (url, loaded) => {
    loadedByUrl.set(url, loaded);
    report();
  });
  const early = new Map(EARLY_FILES.map((file) => [pyodideFile(file), tracked(pyodideFile(file))]));
  for (const response of early.values()) response.catch(() => {}); // a failed download is reported by loadPyodide, which awaits it
  // Pyodide fetches its wasm and stdlib with the global fetch.
  self.fetch = bootFetch(tracked, early);
  const wasm = compileEarly(early.get(pyodideFile("pyodide.asm.wasm"))!);
  report(true);
  try {
    // Flask's stack downloads while Pyodide boots.
    const stack = tracked(versionedUrl(wheelsURL, runtimeAssets.stack)).then((response) => {
      if (!response.ok) throw new Error(`Could not download ${runtimeAssets.stack.file}: HTTP ${response.status}`);
      return response.arrayBuffer();
    });
    // Pyodide's module, imported from its content-named URL (Pyodide's own import would use the plain one).
    const asm = import(/* @vite-ignore */ pyodideFile("pyodide.asm.mjs")) as Promise<{ default: CreatePyodideModule }>;
    asm.catch(() => {}); // a failed import is reported by loadPyodide, which awaits it
    const options = {
      indexURL: pyodideURL,
      // The standard library precompiled to bytecode (scripts/precompile.mjs).
      stdLibURL: pyodideFile("python_stdlib.pyc.zip"),
      lockFileURL: pyodideFile("pyodide-lock.json"),
      createPyodideModule: (async (settings) => (await asm).default(settings)) as CreatePyodideModule,
    };
    // An interpreter with Flask already imported, saved by an earlier visit (memory-snapshot.ts).
    const saved = await snapshots.load(() => step("snapshot-opened")).catch(() => null);
    step("snapshot-read");
    let pyodide: PyodideAPI | null = null;
    if (saved) {
      pyodide = await loadPyodide({ ...options, _loadSnapshot: saved }).catch(() => null);
      if (!pyodide) void snapshots.forget();
    }
    const restored = pyodide !== null;
    pyodide ??= await loadPyodide({ ...options, _makeSnapshot: true });
    wasm.restore();
    step("pyodide-loaded");
    const stackBytes = await stack;
    step("stack-downloaded");
    enter("install-flask");
    self.fetch = plainFetch;
    PythonRuntime.install(pyodide, stackBytes, runtimePythonFiles);
    if (!restored) {
      PythonRuntime.importAhead(pyodide);
      step("flask-imported");
      saveWhenQuiet(takeSnapshot(pyodide, self));
      step("snapshot-taken");
    }
    // The saved snapshot's bytes are in memory already: the clean copy every app load starts from goes there.
    step("flask-installed");
    const runtime = PythonRuntime.attach(
      pyodide,
      { onLog: (entry) => post({ type: "log", entry }), archive: onDemandArchive, packages: runtimeAssets.packages },
      saved ?? undefined,
    );
    step("ready");
    // When each runtime file was asked for and finished downloading (or came from a cache), for bench/'s phases.
    for (const entry of performance.getEntriesByType("resource") as PerformanceResourceTiming[]) {
      const file = new URL(entry.name).pathname.split("/").pop();
      timeline[`requested:${file}`] = performance.timeOrigin + entry.startTime;
      timeline[`downloaded:${file}`] = performance.timeOrigin + entry.responseEnd;
    }
    enter("ready", { fromSnapshot: restored, timeline });
    return runtime;
  } catch (error) {
    self.fetch = plainFetch;
    wasm.restore();
    stage = "failed";
    post({
      type: "progress",
      progress: { stage: "failed", loadedBytes: 0, totalBytes, detail: String(error) },
    });
    throw error;
  }
}

/**
 * An archive the runtime fetches when first needed (on_demand.py): Python
 * waits for it, so the request is synchronous (allowed in a worker). The
 * service worker answers it from the offline copy once there is one.
 */
const onDemandAssets: Record<string, [folder: string, asset: RuntimeAsset]> = {
  "stdlib-rest": [pyodideURL, runtimeAssets.stdlibRest],
  "stack-sources": [wheelsURL, runtimeAssets.stackSources],
  ...Object.fromEntries(Object.entries(runtimeAssets.extensions).map(([module, asset]) => [`extension-${module}`, [wheelsURL, asset]])),
};

function onDemandArchive(name: OnDemandArchive): Uint8Array {
  const [folder, asset] = onDemandAssets[name];
  const request = new XMLHttpRequest();
  request.open("GET", versionedUrl(folder, asset), false);
  request.responseType = "arraybuffer";
  request.send();
  if (request.status !== 200) throw new Error(`HTTP ${request.status} for ${asset.file}`);
  return new Uint8Array(request.response as ArrayBuffer);
}

const ready = boot();

function runtimeFailure(text: string): AppLoadResult {
  return {
    ok: false,
    stage: "runtime",
    error: { type: "RuntimeError", message: text, frames: [], text },
    durationMs: 0,
  };
}

/** When, as epoch milliseconds with sub-millisecond precision: comparable with the page's clock (protocol.ts). */
const now = () => performance.timeOrigin + performance.now();

async function serve(runtime: PythonRuntime, message: RequestMessage): Promise<void> {
  const { port } = message;
  let cancelled = false;
  port.onmessage = (event: MessageEvent<CancelMessage | PingMessage>) => {
    if (event.data.type === "ping") reply(port, { type: "alive" });
    else cancelled = true;
  };
  let finished = false;
  reply(port, { type: "started" });
  const served = await runtime.serve(message.request, {
    whole: (head, body) => {
      finished = true;
      reply(port, { type: "response", head, body, at: now() }, [body.buffer]);
    },
    head: (head) => reply(port, { type: "response-head", head, startedAt: now() }),
    chunk: (chunk) => reply(port, { type: "response-chunk", chunk, at: now() }, [chunk.buffer]),
    cancelled: () => cancelled,
    log: (entry) => reply(port, { type: "response-log", entry }),
    cut: (reason) => {
      finished = true;
      reply(port, { type: "response-end", at: now(), cut: reason });
    },
  });
  if (served && !finished) reply(port, { type: "response-end", at: now() });
  else if (!served) reply(port, { type: "response-failed", message: "No app is loaded yet: fix the code in the editor first." });
  port.close();
}

self.onmessage = async (event: MessageEvent<InMessage>) => {
  const message = event.data;
  lastActivity = performance.now();
  let runtime: PythonRuntime;
  try {
    runtime = await ready;
  } catch (error) {
    const text = `Python failed to start: ${String(error)}`;
    if (message.type === "request") reply(message.port, { type: "response-failed", message: text });
    else if (message.type === "load-app") reply(message.port, { type: "app-loaded", result: runtimeFailure(text) });
    return;
  }
  try {
    switch (message.type) {
      case "load-app":
        reply(message.port, { type: "started" });
        reply(message.port, { type: "app-loaded", result: runtime.loadApp(message.code) });
        message.port.close();
        break;
      case "request":
        await serve(runtime, message);
        break;
      case "stats":
        reply(message.port, { type: "stats", stats: runtime.stats() });
        message.port.close();
        break;
      default: {
        const unknown: never = message;
        throw new Error(`Unknown message ${JSON.stringify(unknown)}`);
      }
    }
  } catch (error) {
    // Python itself failed (not the app: Flask and the loader catch the app's errors).
    const text = `Python stopped: ${String(error).split("\n")[0]}`;
    if (message.type === "request") reply(message.port, { type: "response-failed", message: text });
    else if (message.type === "load-app") reply(message.port, { type: "app-loaded", result: runtimeFailure(text) });
    post({ type: "fatal", message: text });
  }
};
