import { describe, expect, it } from "vitest";
import type { Lesson } from "../types";
import { lessonLoadFor, type LessonLoad } from "./use-lesson";

const lesson = (id: string) => ({ id, markdown: `text of ${id}` }) as Lesson;
const nothingLoaded = () => undefined;

describe("lessonLoadFor (what the lesson panel shows)", () => {
  it("shows loading, not A, when lesson A's load settles after the learner moved on to B", () => {
    const settledA: LessonLoad = { id: "a", status: "ready", lesson: lesson("a") };
    expect(lessonLoadFor("b", settledA, nothingLoaded)).toEqual({ id: "b", status: "loading" });
  });

  it("shows B once B's load settles", () => {
    const settledB: LessonLoad = { id: "b", status: "ready", lesson: lesson("b") };
    expect(lessonLoadFor("b", settledB, nothingLoaded)).toBe(settledB);
  });

  it("shows a lesson loaded before at once, without a loading step", () => {
    const b = lesson("b");
    expect(lessonLoadFor("b", null, (id) => (id === "b" ? b : undefined))).toEqual({ id: "b", status: "ready", lesson: b });
  });

  it("shows a failure only for the lesson that failed", () => {
    const failedA: LessonLoad = { id: "a", status: "failed", message: "offline" };
    expect(lessonLoadFor("a", failedA, nothingLoaded)).toBe(failedA);
    expect(lessonLoadFor("b", failedA, nothingLoaded).status).toBe("loading");
  });
});
