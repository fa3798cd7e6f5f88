/**
 * The lesson catalog: every lesson's id, title, order, summary and starter
 * app, in order, there from the first paint. Made at build time from each
 * lesson folder's README.md frontmatter and app-a/app.py
 * (scripts/lib/lesson-modules.ts), so the page ships neither the lesson texts
 * nor a YAML parser for it. The rest of a lesson loads when it is shown:
 * load-lesson.ts.
 */
import type { LessonMeta } from "./types";

const entries = import.meta.glob<LessonMeta>("../../lessons/[0-9]*/README.md", { query: "?lesson-meta", import: "default", eager: true });

/** Every lesson's catalog entry, sorted by order. */
export const lessons: readonly LessonMeta[] = Object.values(entries).sort((a, b) => a.order - b.order);

const byId = new Map(lessons.map((lesson) => [lesson.id, lesson]));

/** The catalog entry of the lesson with this id, if there is one. */
export function lessonById(id: string): LessonMeta | undefined {
  return byId.get(id);
}
