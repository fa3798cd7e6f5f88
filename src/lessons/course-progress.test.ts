import { describe, expect, it } from "vitest";
import { codeEdited, courseRows, lessonStatus } from "./course-progress";
import type { Lesson } from "./types";

const starter = 'from flask import Flask\napp = Flask(__name__)\n';
const none = { completed: false, hintsShown: 0, answers: {} };

describe("lessonStatus", () => {
  it("is complete once every check passed, whatever came after", () => {
    expect(lessonStatus({ ...none, completed: true, checks: { passed: 1, total: 3 } }, starter, starter)).toBe("complete");
  });

  it("is in progress when the code was edited", () => {
    expect(lessonStatus(undefined, `${starter}# mine\n`, starter)).toBe("in-progress");
  });

  it("is in progress when the checks have run, a hint was shown or a question answered", () => {
    expect(lessonStatus({ ...none, checks: { passed: 0, total: 3 } }, null, starter)).toBe("in-progress");
    expect(lessonStatus({ ...none, hintsShown: 1 }, null, starter)).toBe("in-progress");
    expect(lessonStatus({ ...none, answers: { 0: 1 } }, null, starter)).toBe("in-progress");
  });

  it("is not started with nothing saved, or only the starter saved", () => {
    expect(lessonStatus(undefined, null, starter)).toBe("not-started");
    expect(lessonStatus(none, starter, starter)).toBe("not-started");
    expect(lessonStatus(none, `${starter}\n\n`, starter)).toBe("not-started");
  });
});

describe("codeEdited", () => {
  it("ignores trailing blank lines, not other changes", () => {
    expect(codeEdited(null, starter)).toBe(false);
    expect(codeEdited(starter.trimEnd(), starter)).toBe(false);
    expect(codeEdited(starter.replace("app =", "app  ="), starter)).toBe(true);
  });
});

const lessons = ["strings", "status-codes", "json"].map((id, i) => ({ id, order: i + 1, title: id, starter }) as Lesson);

describe("courseRows", () => {
  it("lists every lesson in order with its status and check tally", () => {
    const saved: Record<string, string> = { json: "edited" };
    const rows = courseRows(lessons, { strings: { ...none, completed: true, checks: { passed: 3, total: 3 } } }, (id) => saved[id] ?? null);
    expect(rows.map((row) => row.lesson.order)).toEqual(lessons.map((_, i) => i + 1));
    expect(rows[0]).toMatchObject({ status: "complete", checks: { passed: 3, total: 3 } });
    expect(rows.find((row) => row.lesson.id === "json")?.status).toBe("in-progress");
    expect(rows.filter((row) => row.status === "not-started")).toHaveLength(lessons.length - 2);
  });
});
