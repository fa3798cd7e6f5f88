import { describe, expect, it } from "vitest";
import { create } from "zustand";
import type { CheckResult } from "../lessons/types";
import { initialState, type State } from "./initial-state";
import { createLessonSlice, type LessonActions } from "./lesson-slice";

const store = () => create<State & LessonActions>()((...a) => ({ ...initialState, ...createLessonSlice(...a) }));
const result = (id: string, pass: boolean) => ({ id, pass, results: [] }) as unknown as CheckResult;

describe("checksRan", () => {
  it("keeps the last run's tally, and completion once every check passed", () => {
    const s = store();
    s.getState().checksRan("strings", "a", [result("one", true), result("two", false)]);
    expect(s.getState().lessonProgress.strings).toEqual({ completed: false, hintsShown: 0, answers: {}, checks: { passed: 1, total: 2 } });
    s.getState().checksRan("strings", "b", [result("one", true), result("two", true)]);
    expect(s.getState().lessonProgress.strings).toMatchObject({ completed: true, checks: { passed: 2, total: 2 } });
    s.getState().checksRan("strings", "c", [result("one", false), result("two", false)]);
    expect(s.getState().lessonProgress.strings).toMatchObject({ completed: true, checks: { passed: 0, total: 2 } });
  });

  it("leaves the saved progress alone when a run changes nothing", () => {
    const s = store();
    s.getState().checksRan("json", "a", [result("one", false)]);
    const before = s.getState().lessonProgress;
    s.getState().checksRan("json", "b", [result("one", false)]);
    expect(s.getState().lessonProgress).toBe(before);
    expect(s.getState().checkRun?.code).toBe("b");
  });
});
