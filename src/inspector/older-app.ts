/**
 * Which app answered an exchange. While the editor holds code that failed to
 * load, or edits not loaded yet, the runtime keeps answering with the last
 * app that loaded; an exchange answered that way says so, with that
 * version's load time, in the response panel and in the history.
 */
import type { AppStatus, OlderApp } from "../store/initial-state";

/** The part of the store that says which code answers. */
export interface ServingState {
  servingCode: string | null;
  servingLoadedAt: number | null;
  loadedCode: string | null;
  appStatus: AppStatus;
}

/**
 * The app that answered a request sent while the editor held `editorCode`,
 * when it was not that code; undefined when the editor's code answered.
 * Meant for the moment the response head arrives: the runtime takes loads and
 * requests in order, so by then any load sent before the request has
 * finished, and `state` says which code it left serving.
 */
export function olderAppFor(editorCode: string, state: ServingState): OlderApp | undefined {
  const { servingCode, servingLoadedAt, loadedCode, appStatus } = state;
  if (servingCode === null || servingLoadedAt === null || servingCode === editorCode) return undefined;
  if (loadedCode === editorCode && appStatus.kind === "failed") {
    const { stage, error } = appStatus.result;
    const line = error.syntax?.line ?? error.frames.findLast((frame) => frame.user)?.line;
    return { loadedAt: servingLoadedAt, editor: { kind: "error", stage, error: error.type, ...(line !== undefined ? { line } : {}) } };
  }
  return { loadedAt: servingLoadedAt, editor: { kind: "not-loaded" } };
}

/** "14:02:11": a wall-clock time in the learner's locale, 24-hour. */
export function clockTime(ms: number): string {
  return new Date(ms).toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });
}

/** What went wrong with the editor's code, as the end of a sentence. */
function editorProblem(editor: Extract<OlderApp["editor"], { kind: "error" }>): string {
  const where = editor.line !== undefined ? ` (line ${editor.line})` : "";
  switch (editor.stage) {
    case "syntax":
      return `has a syntax error${where}`;
    case "no-app":
      return "has no Flask app";
    case "timeout":
      return "did not finish loading in time";
    case "import":
    case "runtime":
      return `raised ${editor.error} when it loaded${where}`;
    default: {
      const unknown: never = editor.stage;
      return `failed to load (${String(unknown)})`;
    }
  }
}

/** The notice for an exchange answered by an older app. `time` formats the load time (clockTime by default). */
export function describeOlderApp(older: OlderApp, time: (ms: number) => string = clockTime): string {
  if (older.editor.kind === "error") {
    return `Answered by the last working version of your app, loaded at ${time(older.loadedAt)} — the editor's code ${editorProblem(older.editor)}.`;
  }
  return `Answered by the version of your app loaded at ${time(older.loadedAt)} — the editor's latest edits had not been loaded yet when this request was sent.`;
}

/** A few words for the history row. */
export function olderAppLabel(older: OlderApp): string {
  return older.editor.kind === "error" ? "last working version" : "earlier version";
}
