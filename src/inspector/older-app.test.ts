import { describe, expect, it } from "vitest";
import type { AppStatus } from "../store/initial-state";
import { describeOlderApp, olderAppFor, olderAppLabel, type ServingState } from "./older-app";

const LOADED_AT = Date.UTC(2026, 10, 30, 14, 2, 11);
const running: AppStatus = { kind: "running", routes: [], loadDurationMs: 1 };
const failed = (stage: "syntax" | "import" | "no-app" | "timeout", extra: object = {}): AppStatus => ({
  kind: "failed",
  serving: true,
  result: { ok: false, stage, durationMs: 1, error: { type: "SyntaxError", message: "invalid syntax", frames: [], text: "", ...extra } },
});
const state = (over: Partial<ServingState>): ServingState => ({
  servingCode: "good",
  servingLoadedAt: LOADED_AT,
  loadedCode: "good",
  appStatus: running,
  ...over,
});
const hhmmss = (ms: number) => new Date(ms).toISOString().slice(11, 19);

describe("olderAppFor", () => {
  it("is nothing when the editor's code answered", () => {
    expect(olderAppFor("good", state({}))).toBeUndefined();
  });

  it("is nothing when no app answers yet (the request fails instead)", () => {
    expect(olderAppFor("good", state({ servingCode: null, servingLoadedAt: null }))).toBeUndefined();
  });

  it("names the last working version's load time and the editor's syntax error with its line", () => {
    const older = olderAppFor(
      "bad",
      state({ loadedCode: "bad", appStatus: failed("syntax", { syntax: { line: 7, column: 1, endLine: null, endColumn: null } }) }),
    );
    expect(older).toEqual({ loadedAt: LOADED_AT, editor: { kind: "error", stage: "syntax", error: "SyntaxError", line: 7 } });
    expect(describeOlderApp(older!, hhmmss)).toBe(
      "Answered by the last working version of your app, loaded at 14:02:11 — the editor's code has a syntax error (line 7).",
    );
    expect(olderAppLabel(older!)).toBe("last working version");
  });

  it("gives the line of the learner's own frame for an error raised at import", () => {
    const frames = [
      { file: "app.py", line: 3, name: "<module>", code: null, user: true },
      { file: "/lib/x.py", line: 90, name: "f", code: null, user: false },
    ];
    const older = olderAppFor("bad", state({ loadedCode: "bad", appStatus: failed("import", { type: "NameError", frames }) }));
    expect(describeOlderApp(older!, hhmmss)).toBe(
      "Answered by the last working version of your app, loaded at 14:02:11 — the editor's code raised NameError when it loaded (line 3).",
    );
  });

  it("says the editor's edits had not loaded yet when its code was never tried", () => {
    const older = olderAppFor("newer", state({}));
    expect(older).toEqual({ loadedAt: LOADED_AT, editor: { kind: "not-loaded" } });
    expect(describeOlderApp(older!, hhmmss)).toBe(
      "Answered by the version of your app loaded at 14:02:11 — the editor's latest edits had not been loaded yet when this request was sent.",
    );
    expect(olderAppLabel(older!)).toBe("earlier version");
  });

  it("does not blame the editor for a failure of other code", () => {
    expect(olderAppFor("newer", state({ loadedCode: "bad", appStatus: failed("syntax") }))?.editor).toEqual({ kind: "not-loaded" });
  });
});
