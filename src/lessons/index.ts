import { lessonSourceFiles } from "./lessonFiles";
import { loadLessons } from "./loader";
import type { Lesson } from "./types";

export type { Check, CheckResult, Expectation, Lesson, LessonRequest, Question } from "./types";

/** Every lesson, validated and sorted by order. */
export const lessons = loadLessons(lessonSourceFiles);

const byId = new Map(lessons.map((lesson) => [lesson.id, lesson]));

/** The lesson with this id, if there is one. */
export function lessonById(id: string): Lesson | undefined {
  return byId.get(id);
}
