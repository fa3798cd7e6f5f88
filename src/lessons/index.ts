import { lessonSourceFiles } from "./lessonFiles";
import { loadLessons } from "./loader";

export type { Check, CheckResult, Expectation, Lesson, LessonRequest, Question } from "./types";

/** Every lesson, validated and sorted by order. */
export const lessons = loadLessons(lessonSourceFiles);
