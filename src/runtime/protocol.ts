/**
 * The one protocol between the page and the Python runtime worker.
 *
 * Every message either way is a member of a union below, discriminated on
 * `type`. A call from the page carries its own `MessagePort`; the worker
 * answers on that port only (no id tables). Messages the worker sends
 * unprompted (progress, logs) go over the worker's own channel.
 *
 * This module holds types only, so the page can `import type` it without
 * pulling worker code into its bundle.
 */

/** A header as sent on the wire: name and value, order and repeats kept. */
export type Header = [name: string, value: string];

/** An HTTP request as it reaches the virtual server, in the shape a WSGI server needs. */
export interface WireRequest {
  method: string;
  /** Path as sent, percent-encoded, always starting with "/"; the virtual server prefix removed. */
  path: string;
  /** Query string as sent, without the "?", still percent-encoded. */
  query: string;
  headers: Header[];
  /** Request body bytes; null when the request has none. */
  body: Uint8Array | null;
  scheme: "http" | "https";
  serverName: string;
  serverPort: number;
}

/** Status line and headers of a response, exactly as the app passed them to start_response. */
export interface WireResponseHead {
  status: number;
  /** The reason phrase the app chose ("200 OK" gives "OK"). */
  reason: string;
  headers: Header[];
}

/** Where a line in the logs panel came from. */
export type LogSource = "stdout" | "stderr" | "logging" | "server";

/** One frame of a Python traceback. */
export interface TraceFrame {
  file: string;
  line: number;
  name: string;
  code: string | null;
  /** True when the frame is in a file of the learner's workspace (app.py, a module, a template). */
  user: boolean;
}

/** A Python exception turned into plain data so it can cross the worker boundary. */
export interface PythonError {
  type: string;
  message: string;
  frames: TraceFrame[];
  /** The traceback as Python prints it. */
  text: string;
  /** Notes added to the exception (PEP 678), e.g. what the runtime has instead of a missing module (on_demand.py). */
  notes?: string[];
  /** For SyntaxError and friends in a file of the workspace: which one ("app.py", "helpers.py"), and where the parser stopped (1-based). */
  syntax?: { file?: string; line: number; column: number; endLine: number | null; endColumn: number | null };
}

export interface LogEntry {
  source: LogSource;
  /** Log level for `logging` records (INFO, WARNING, ERROR, ...). */
  level?: string;
  logger?: string;
  message: string;
  error?: PythonError;
  /** performance.now() in the worker when the line was produced. */
  time: number;
}

/** A route of the running app, read from its url_map. */
export interface RouteInfo {
  rule: string;
  methods: string[];
  endpoint: string;
}

export type AppLoadResult =
  | { ok: true; routes: RouteInfo[]; durationMs: number }
  | {
      ok: false;
      /** "timeout": the code did not finish loading in time and the worker was replaced. */
      stage: "syntax" | "import" | "no-app" | "runtime" | "timeout";
      error: PythonError;
      durationMs: number;
    };

/**
 * Named stages of a cold start, in order ("failed" ends it early). The page
 * adds two of its own: "restarting" while a replacement worker starts, and
 * "stopped" when restarts came too fast and no worker runs (bridge/runtime-client.ts).
 */
export type LoadStage = "download" | "install-flask" | "ready" | "failed" | "restarting" | "stopped";

export interface LoadProgress {
  stage: LoadStage;
  /** Bytes downloaded so far and expected in all, across the runtime's files. */
  loadedBytes: number;
  totalBytes: number;
  detail?: string;
  /** At "ready": whether Python came from the browser's saved memory snapshot (runtime/memory-snapshot.ts). */
  fromSnapshot?: boolean;
  /** While downloading, on the page only: seconds left at the recent rate (ui/download-estimate.ts), when it can tell. */
  secondsLeft?: number;
  /** At "ready": when each step of the worker's boot ended, epoch ms (worker.ts; the page marks them as "runtime:<step>"). */
  timeline?: Record<string, number>;
}

// ---- page -> worker -------------------------------------------------------

export interface LoadAppMessage {
  type: "load-app";
  code: string;
  port: MessagePort;
}

export interface RequestMessage {
  type: "request";
  request: WireRequest;
  port: MessagePort;
}

/** Ask for the runtime's memory figures (benchmarks, load tests). */
export interface StatsMessage {
  type: "stats";
  port: MessagePort;
}

export type InMessage = LoadAppMessage | RequestMessage | StatsMessage;

export interface RuntimeStats {
  /** Size of Pyodide's WebAssembly memory (it grows, never shrinks). */
  wasmMemoryBytes: number;
  /** Bytes malloc has handed out and not had back: unlike the wasm memory, this goes down when memory is freed. */
  heapInUseBytes: number;
  /** Objects Python's garbage collector tracks (after a collection): a leak shows as growth here. */
  pythonObjects: number;
}

// ---- worker -> page on a call's port --------------------------------------

/**
 * The worker has begun running this call's Python (the app's import, or its
 * answer to a request). The time limit counts from here: not while the call
 * waited behind the worker's other work (other requests, saving the snapshot).
 */
export type StartedReply = { type: "started" };

/**
 * The page's answer-me on a call's port, sent when the call's time limit ran
 * out. A worker that is not busy in Python answers "alive" at once: the call
 * is not running away (the page was too busy to read a reply, or the call is
 * waiting on the page). Page -> worker.
 */
export interface PingMessage {
  type: "ping";
}

/** The worker's answer to a ping: it is not stuck. Worker -> page, on the call's port. */
export type AliveReply = { type: "alive" };

export type LoadAppReply = StartedReply | AliveReply | { type: "app-loaded"; result: AppLoadResult };

/** Sent to stop a streaming response early (the client went away). Page -> worker on the call's port. */
export interface CancelMessage {
  type: "cancel";
}

/**
 * Replies about a request. `at` and `startedAt` are when the worker sent it, as
 * epoch milliseconds (performance.timeOrigin + performance.now() in the
 * worker), so the page can place them on its own clock: the moment the app
 * yielded a chunk, not when a busy page got round to it.
 */
export type ResponseReply =
  | StartedReply
  | AliveReply
  /** A response complete at once (the usual case): head and whole body in one message. */
  | { type: "response"; head: WireResponseHead; body: Uint8Array; at: number }
  /** A streamed response: its head, then each chunk as the app yields it, then its end. */
  | { type: "response-head"; head: WireResponseHead; startedAt: number }
  | { type: "response-chunk"; chunk: Uint8Array; at: number }
  /** `cut`: why the body ended before the app finished it (a new app was loaded). */
  | { type: "response-end"; at: number; cut?: string }
  /** A log line the app wrote while answering this request, before the reply that follows it. */
  | { type: "response-log"; entry: LogEntry }
  /** The app could not be called at all (no app loaded, runtime not ready). */
  | { type: "response-failed"; message: string };

export type StatsReply = { type: "stats"; stats: RuntimeStats };

export type ReplyMessage = LoadAppReply | ResponseReply | StatsReply;

// ---- worker -> page, unprompted -------------------------------------------

export type NonReplyMessage =
  | { type: "progress"; progress: LoadProgress }
  | { type: "log"; entry: LogEntry }
  /** Python can no longer run in this worker (e.g. os._exit()); the page replaces it. */
  | { type: "fatal"; message: string };
