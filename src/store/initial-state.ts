/**
 * The store's state shapes and starting values, in one module so `reset()`
 * and tests can restore them.
 */
import type { LogLine } from "./log-lines";
import type { AppLoadResult, LoadProgress, PythonError, RouteInfo, WireRequest, WireResponseHead } from "../runtime/protocol";
import defaultApp from "../../lessons/playground/app.py?raw";
import type { StoredCookie } from "../request/cookie-jar";
import type { BodyDraft } from "../request/body-encoding";
import type { CheckResult } from "../lessons/types";
import type { SavedWorkspace } from "./workspace-storage";
import type { HeaderSource } from "../bridge/wire-request";

/**
 * How requests reach the app: through msw's service worker, or straight to the
 * runtime (while a first visit's service worker is still installing, or when
 * none can serve).
 */
export type ServerMode = { kind: "starting" } | { kind: "installing" } | { kind: "service-worker" } | { kind: "direct"; reason: string };

/**
 * Whether this version of the playground works without a network: the service
 * worker's copy of every file it needs (src/sw/sw.ts).
 */
export type OfflineState =
  | { kind: "checking" }
  /** A first visit: the service worker is saving the files. */
  | { kind: "saving" }
  | { kind: "ready"; files: number }
  | { kind: "unavailable"; reason: string };

/** A newer version: none, installed and waiting for a reload, or already active (another tab reloaded into it). */
export type UpdateState = "none" | "waiting" | "replaced";

export type AppStatus =
  | { kind: "loading" }
  | { kind: "running"; routes: RouteInfo[]; loadDurationMs: number }
  /** The new code failed; `serving` says whether an earlier app still answers. */
  | { kind: "failed"; result: Extract<AppLoadResult, { ok: false }>; serving: boolean };

export interface HeaderRow {
  name: string;
  value: string;
  enabled: boolean;
}

export interface RequestDraft {
  method: string;
  /** Path and query as the learner types them, e.g. "/items?page=2". */
  path: string;
  headers: HeaderRow[];
  body: BodyDraft;
  /** Follow redirects hop by hop (each hop is recorded), or stop at the first 3xx. */
  followRedirects: boolean;
}

/** One request and what the app sent back, as it happened. */
export interface Exchange {
  id: string;
  /** Requests sent by one press of Send share a chain: the request, then each redirect hop. */
  chain?: { id: string; index: number; explanation?: string };
  /** Which path answered: msw's service worker, or a direct call to the runtime. */
  via: "service-worker" | "direct";
  /** The request exactly as the app received it: headers in order, what the client added included. */
  request: WireRequest;
  /** For each of `request.headers`: typed by the learner (or the page's fetch), or added by the client. */
  requestSources?: HeaderSource[];
  startedAt: number;
  head?: WireResponseHead;
  headAt?: number;
  /** Body chunks as they arrived, with their arrival time (performance.now()). */
  chunks: { at: number; bytes: Uint8Array }[];
  endedAt?: number;
  /** Set when no response came from the app (no app loaded, runtime down). */
  error?: string;
  /** Why a browser could not take the response as the app sent it, if so. */
  browserNote?: string;
  /** The editor's code when the request was sent (the same string as `State.code` then, not a copy). */
  editorCode?: string;
  /** Wall-clock time (Date.now()) the head arrived: the Date a real server would have sent. */
  headDate?: number;
  /** Set when code other than the editor's answered (see inspector/older-app.ts). */
  olderApp?: OlderApp;
}

/** Why the editor's code did not answer: it failed to load, or it had not been loaded yet. */
export type EditorLag =
  { kind: "error"; stage: Extract<AppLoadResult, { ok: false }>["stage"]; error: string; line?: number } | { kind: "not-loaded" };

/** An exchange answered by an app other than the editor's code of the moment. */
export interface OlderApp {
  /** When the version that answered was loaded (wall clock, Date.now()). */
  loadedAt: number;
  editor: EditorLag;
}

/** A learner's progress in one lesson, kept locally. */
export interface LessonProgress {
  completed: boolean;
  /** How many hints have been revealed, one at a time. */
  hintsShown: number;
  /** Question index -> chosen answer index. */
  answers: Record<number, number>;
  /** The last run of the checks: how many passed, of how many (absent until they first run). */
  checks?: { passed: number; total: number };
}

/** The last run of a lesson's checks, for the code it ran against. */
export interface CheckRun {
  lessonId: string;
  code: string;
  results: CheckResult[];
}

export interface State {
  progress: LoadProgress;
  serverMode: ServerMode;
  offline: OfflineState;
  update: UpdateState;
  /** The workspace: app.py's text, or app.py and the files beside it in one string (workspace-files.ts). */
  code: string;
  /** The file of the workspace the editor shows (app.py when that file is gone). */
  activeFile: string;
  /** The code the runtime last tried to load (whether it worked or not). */
  loadedCode: string | null;
  /** The code of the app that answers requests (the last one that loaded). */
  servingCode: string | null;
  /** When `servingCode` was last loaded into the runtime (wall clock, Date.now()). */
  servingLoadedAt: number | null;
  settings: {
    timeLimitMs: number;
    /** Show every response header's explanation under its value (else one at a time, on demand). */
    explainHeaders?: boolean;
  };
  appStatus: AppStatus;
  draft: RequestDraft;
  exchanges: Record<string, Exchange>;
  exchangeOrder: string[];
  selectedExchangeId: string | null;
  logs: LogLine[];
  /** The last exception a request raised in the learner's code, until the code changes. */
  runtimeError: PythonError | null;
  /** The virtual server's cookies, kept like a browser keeps a site's cookies. */
  cookieJar: StoredCookie[];
  /** Two exchanges picked from the history to compare side by side. */
  compare: [string | null, string | null];
  /** The lesson open in the editor, or null for the free playground. */
  lessonId: string | null;
  lessonProgress: Record<string, LessonProgress>;
  checkRun: CheckRun | null;
  /** Another tab saved this workspace while this tab had unsaved edits: the learner chooses. */
  conflict: { key: string; theirs: SavedWorkspace } | null;
  /**
   * A shared link's app is in the editor. Nothing is autosaved while it is:
   * the visitor's own code and request stay as they were, one click away.
   */
  sharedView: { lesson: string | null; ownDraft: RequestDraft; workspace: string } | null;
  /** Why the link the page was opened with could not be used, if so. */
  linkError: string | null;
  /** The course overview or the final page in place of the workspace (`#course`, `#course=done`), or null. */
  courseView: CourseView | null;
}

/** The course pages: every lesson with the learner's progress, and "What you can now do". */
export type CourseView = "overview" | "done";

export const DEFAULT_CODE = defaultApp;

export const initialDraft: RequestDraft = {
  method: "GET",
  path: "/",
  headers: [{ name: "Accept", value: "*/*", enabled: true }],
  body: { kind: "none", text: "", fields: [{ name: "", value: "", enabled: true }] },
  followRedirects: false,
};

export const initialState: State = {
  progress: { stage: "download", loadedBytes: 0, totalBytes: 0 },
  serverMode: { kind: "starting" },
  offline: { kind: "checking" },
  update: "none",
  code: DEFAULT_CODE,
  activeFile: "app.py",
  loadedCode: null,
  servingCode: null,
  servingLoadedAt: null,
  settings: { timeLimitMs: 5000 },
  appStatus: { kind: "loading" },
  draft: initialDraft,
  exchanges: {},
  exchangeOrder: [],
  selectedExchangeId: null,
  logs: [],
  runtimeError: null,
  cookieJar: [],
  compare: [null, null],
  lessonId: null,
  lessonProgress: {},
  checkRun: null,
  conflict: null,
  sharedView: null,
  linkError: null,
  courseView: null,
};

/** The workspace key of a lesson id, or of the playground for null. */
export const workspaceKey = (lessonId: string | null) => (lessonId === null ? "playground" : `lesson:${lessonId}`);

export const emptyProgress: LessonProgress = { completed: false, hintsShown: 0, answers: {} };
