/**
 * Deep links to lessons: `#lesson=<id>` in the URL opens that lesson.
 * Opening a lesson in the UI updates the link.
 */
import { lessonById } from "..";
import { parseFragment } from "../../share/link-format";
import { useStore } from "../../store";
import { savedCodeOr } from "../../store/autosave-wiring";
import { DEFAULT_CODE } from "../../store/initial-state";

/** The lesson id a URL fragment names, if it names an existing lesson. */
export function lessonFromHash(hash: string): string | null {
  const { lesson } = parseFragment(hash);
  return lesson && lessonById(lesson) ? lesson : null;
}

/** The id a URL fragment names as a lesson when no lesson has it ("#lesson=nope"), else null. */
export function unknownLessonIn(hash: string): string | null {
  const { lesson } = parseFragment(hash);
  return lesson && !lessonById(lesson) ? lesson : null;
}

/** What the page says about a link to a lesson that does not exist. */
export function unknownLessonMessage(id: string): string {
  return `There is no lesson “${id}” (the link may be old or mistyped): here are all the lessons.`;
}

/** The starter code of a lesson, or of the free playground for null. */
export function starterOf(lessonId: string | null): string {
  return (lessonId && lessonById(lessonId)?.starter) || DEFAULT_CODE;
}

/**
 * Open a lesson (null: the free playground) with the learner's saved code for
 * it, or its starter, in place of any course page. Leaving a shared app
 * discards it; the visitor's own work was never touched.
 */
export function openLessonAndLink(lessonId: string | null): void {
  const lesson = lessonId ? lessonById(lessonId) : undefined;
  const id = lesson ? lesson.id : null;
  const state = useStore.getState();
  const code = savedCodeOr(id, starterOf(id));
  if (state.courseView) useStore.setState({ courseView: null });
  if (state.sharedView) {
    useStore.setState({ sharedView: null, draft: state.sharedView.ownDraft, lessonId: id, code, checkRun: null, conflict: null });
  } else if (id !== state.lessonId) {
    state.openLesson(id, code);
  }
  const hash = id ? `#lesson=${id}` : "";
  if (location.hash !== hash) history.pushState(null, "", hash || location.pathname + location.search);
}
