/**
 * The lessons, for the rest of the page. `lessons` and `lessonById` are the
 * catalog (a `LessonMeta` each: id, title, order, summary, starter), there
 * from the first paint; a lesson's full content loads on demand with
 * `loadLesson(id)`, or in a component with `useLesson(id)` (view/use-lesson.ts).
 */
export { lessonById, lessons } from "./catalog";
export { loadLesson, loadedLesson } from "./load-lesson";

export type { Check, CheckResult, Expectation, Lesson, LessonMeta, LessonRequest, Question } from "./types";
