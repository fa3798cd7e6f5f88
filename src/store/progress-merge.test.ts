import { describe, expect, it } from "vitest";
import { makeProgressFile } from "./progress-file";
import { codeConflicts, planImport, type OwnProgress } from "./progress-merge";

const own: OwnProgress = {
  lessonProgress: {
    strings: { completed: true, hintsShown: 1, answers: { 0: 1 }, checks: { passed: 3, total: 3 } },
    json: { completed: false, hintsShown: 2, answers: { 0: 0 } },
  },
  workspaces: {
    playground: { code: "ours, saved later", savedAt: 2_000 },
    "lesson:strings": { code: "ours, saved earlier", savedAt: 1_000 },
    "lesson:json": { code: "the same in both", savedAt: 1_000 },
    "lesson:headers": { code: "only ours", savedAt: 1_000 },
  },
};

const file = makeProgressFile(
  {
    strings: { completed: false, hintsShown: 0, answers: { 0: 2, 1: 1 } },
    json: { completed: true, hintsShown: 1, answers: { 1: 3 }, checks: { passed: 2, total: 2 } },
    redirects: { completed: true, hintsShown: 0, answers: {} },
  },
  {
    playground: { code: "theirs, saved earlier", savedAt: 1_500 },
    "lesson:strings": { code: "theirs, saved later", savedAt: 1_500 },
    "lesson:json": { code: "the same in both", savedAt: 9_000 },
    "lesson:redirects": { code: "only theirs", savedAt: null },
  },
  new Date(0),
);

describe("codeConflicts", () => {
  it("lists the workspaces saved on both sides with different code, and which is newer", () => {
    expect(codeConflicts(own, file)).toEqual([
      { key: "playground", ours: own.workspaces.playground, theirs: file.workspaces.playground, newer: "ours" },
      { key: "lesson:strings", ours: own.workspaces["lesson:strings"], theirs: file.workspaces["lesson:strings"], newer: "theirs" },
    ]);
  });

  it("counts ours as newer when a save time is missing or equal", () => {
    const at = (savedAt: number | null) => ({ code: "x", savedAt });
    const newer = (ours: number | null, theirs: number | null) =>
      codeConflicts(
        { lessonProgress: {}, workspaces: { playground: at(ours) } },
        makeProgressFile({}, { playground: { ...at(theirs), code: "y" } }, new Date(0)),
      )[0]?.newer;
    expect(newer(null, 5)).toBe("theirs");
    expect(newer(5, null)).toBe("ours");
    expect(newer(null, null)).toBe("ours");
    expect(newer(5, 5)).toBe("ours");
  });

  it("finds none when nothing is saved here yet", () => {
    expect(codeConflicts({ lessonProgress: {}, workspaces: {} }, file)).toEqual([]);
  });
});

describe("planImport", () => {
  it("merge keeps the newer code of each conflict, adds what is new, and adds progress up", () => {
    const plan = planImport(own, file, "merge");
    expect(plan.writes).toEqual({ "lesson:strings": "theirs, saved later", "lesson:redirects": "only theirs" });
    expect(plan.keptOurs).toEqual(["playground"]);
    expect(plan.lessonProgress).toEqual({
      strings: { completed: true, hintsShown: 1, answers: { 0: 1, 1: 1 }, checks: { passed: 3, total: 3 } },
      json: { completed: true, hintsShown: 2, answers: { 0: 0, 1: 3 }, checks: { passed: 2, total: 2 } },
      redirects: { completed: true, hintsShown: 0, answers: {} },
    });
  });

  it("replace takes the file's code and progress wherever it has some, and keeps the rest", () => {
    const plan = planImport(own, file, "replace");
    expect(plan.writes).toEqual({
      playground: "theirs, saved earlier",
      "lesson:strings": "theirs, saved later",
      "lesson:redirects": "only theirs",
    });
    expect(plan.keptOurs).toEqual([]);
    expect(plan.lessonProgress).toEqual({ ...own.lessonProgress, ...file.lessonProgress });
    // Code the file doesn't hold is never touched.
    expect(plan.writes).not.toHaveProperty("lesson:headers");
  });

  it("into an empty browser, both modes restore the file exactly", () => {
    for (const mode of ["merge", "replace"] as const) {
      const plan = planImport({ lessonProgress: {}, workspaces: {} }, file, mode);
      expect(plan.lessonProgress).toEqual(file.lessonProgress);
      expect(plan.writes).toEqual(Object.fromEntries(Object.entries(file.workspaces).map(([key, w]) => [key, w.code])));
    }
  });

  it("does not change its inputs", () => {
    const before = JSON.stringify([own, file]);
    planImport(own, file, "merge");
    planImport(own, file, "replace");
    expect(JSON.stringify([own, file])).toBe(before);
  });
});
