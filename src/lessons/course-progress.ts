/**
 * Where a learner stands in each lesson, for the course overview and the
 * final page: complete (every check passed once), in progress (code edited,
 * checks run, a hint or an answer) or not started. Pure: the saved code is
 * passed in.
 */
import type { LessonProgress } from "../store/initial-state";
import type { LessonMeta } from "./types";

export type LessonStatus = "complete" | "in-progress" | "not-started";

/** Whether saved code is the learner's own (not absent, not the starter give or take trailing blank lines). */
export function codeEdited(savedCode: string | null | undefined, starter: string): boolean {
  return savedCode != null && savedCode.trimEnd() !== starter.trimEnd();
}

export function lessonStatus(progress: LessonProgress | undefined, savedCode: string | null | undefined, starter: string): LessonStatus {
  if (progress?.completed) return "complete";
  const touched =
    codeEdited(savedCode, starter) ||
    progress?.checks !== undefined ||
    (progress?.hintsShown ?? 0) > 0 ||
    Object.keys(progress?.answers ?? {}).length > 0;
  return touched ? "in-progress" : "not-started";
}

export interface LessonRow {
  lesson: LessonMeta;
  status: LessonStatus;
  /** The last check run's tally, if the checks have run. */
  checks?: { passed: number; total: number };
}

/** Every lesson in order with its status; `savedCodeOf` gives a lesson's saved code, or null. */
export function courseRows(
  lessons: readonly LessonMeta[],
  lessonProgress: Record<string, LessonProgress>,
  savedCodeOf: (lessonId: string) => string | null,
): LessonRow[] {
  return lessons.map((lesson) => {
    const progress = lessonProgress[lesson.id];
    const row: LessonRow = { lesson, status: lessonStatus(progress, savedCodeOf(lesson.id), lesson.starter) };
    if (progress?.checks) row.checks = progress.checks;
    return row;
  });
}
