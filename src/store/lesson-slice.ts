/**
 * Lessons in the store: which one is open, the learner's code per lesson,
 * progress (completion, hints, answers) and the last run of the checks.
 */
import type { StateCreator } from "zustand";
import type { CheckResult } from "../lessons/types";
import { emptyProgress, type LessonProgress, type State } from "./initial-state";

export interface LessonActions {
  /** Open a lesson (or the playground, with null) showing `code` (its saved code or its starter). */
  openLesson(lessonId: string | null, code: string): void;
  checksRan(lessonId: string, code: string, results: CheckResult[]): void;
  revealHint(lessonId: string): void;
  answerQuestion(lessonId: string, question: number, choice: number): void;
}

function progressOf(state: State, lessonId: string): LessonProgress {
  return state.lessonProgress[lessonId] ?? emptyProgress;
}

export const createLessonSlice: StateCreator<State & LessonActions, [], [], LessonActions> = (set) => ({
  openLesson: (lessonId, code) => set({ lessonId, code, checkRun: null, conflict: null }),
  checksRan: (lessonId, code, results) =>
    set((state) => {
      const passed = results.length > 0 && results.every((r) => r.pass);
      const progress = progressOf(state, lessonId);
      // Completion is kept once earned, even if later edits break a check.
      const completed = progress.completed || passed;
      const checks = { passed: results.filter((r) => r.pass).length, total: results.length };
      const same = completed === progress.completed && checks.passed === progress.checks?.passed && checks.total === progress.checks.total;
      return {
        checkRun: { lessonId, code, results },
        lessonProgress: same ? state.lessonProgress : { ...state.lessonProgress, [lessonId]: { ...progress, completed, checks } },
      };
    }),
  revealHint: (lessonId) =>
    set((state) => {
      const progress = progressOf(state, lessonId);
      return { lessonProgress: { ...state.lessonProgress, [lessonId]: { ...progress, hintsShown: progress.hintsShown + 1 } } };
    }),
  answerQuestion: (lessonId, question, choice) =>
    set((state) => {
      const progress = progressOf(state, lessonId);
      return {
        lessonProgress: {
          ...state.lessonProgress,
          [lessonId]: { ...progress, answers: { ...progress.answers, [question]: choice } },
        },
      };
    }),
});
