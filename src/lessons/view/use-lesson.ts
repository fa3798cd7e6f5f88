import { useEffect, useState } from "react";
import { loadedLesson, loadLesson } from "../load-lesson";
import type { Lesson } from "../types";

/** Where a lesson's content stands, for the lesson `id` it is about. */
export type LessonLoad =
  | { id: string; status: "loading" }
  | { id: string; status: "ready"; lesson: Lesson }
  | { id: string; status: "failed"; message: string };

/**
 * What a view shows for lesson `id`, given the last load that settled: that
 * load's outcome only if it was for `id` (so a slow lesson A can never appear
 * under lesson B), else the lesson if it has loaded already, else loading.
 */
export function lessonLoadFor(id: string, settled: LessonLoad | null, loaded: (id: string) => Lesson | undefined = loadedLesson): LessonLoad {
  if (settled?.id === id) return settled;
  const lesson = loaded(id);
  return lesson ? { id, status: "ready", lesson } : { id, status: "loading" };
}

/**
 * Lesson `id`'s full content, loading it if need be: "loading" first (never
 * another lesson's content), then "ready" or "failed"; `retry` loads again
 * after a failure.
 */
export function useLesson(id: string): LessonLoad & { retry(): void } {
  const [settled, setSettled] = useState<LessonLoad | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    loadLesson(id).then(
      (lesson) => {
        if (current) setSettled(lesson ? { id, status: "ready", lesson } : { id, status: "failed", message: `There is no lesson “${id}”.` });
      },
      (error: unknown) => {
        if (current) setSettled({ id, status: "failed", message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [id, attempt]);
  const retry = () => {
    setSettled(null);
    setAttempt((n) => n + 1);
  };
  return { ...lessonLoadFor(id, settled), retry };
}
