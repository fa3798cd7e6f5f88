/**
 * Deep links to lessons: `#lesson=<id>` in the URL opens that lesson.
 * Opening a lesson in the UI updates the link (without a history entry per edit).
 */
import { lessonById } from "..";
import { useStore } from "../../store";

/** The lesson id a URL fragment names, if it names an existing lesson. */
export function lessonFromHash(hash: string): string | null {
  const match = /(?:^#|&)lesson=([a-z0-9-]+)/.exec(hash);
  return match && lessonById(match[1]) ? match[1] : null;
}

export function openLessonAndLink(lessonId: string | null): void {
  const lesson = lessonId ? lessonById(lessonId) : undefined;
  useStore.getState().openLesson(lesson ? lesson.id : null, lesson ? lesson.starter : null);
  const hash = lesson ? `#lesson=${lesson.id}` : "";
  if (location.hash !== hash) history.pushState(null, "", hash || location.pathname + location.search);
}
