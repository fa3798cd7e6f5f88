/**
 * Deep links to the course pages: `#course` opens the overview (every lesson
 * with the learner's progress), `#course=done` the final page ("What you can
 * now do"). Any other `course=` value opens the overview. The pages take the
 * workspace's place; opening a lesson (lesson-link.ts) brings it back.
 */
import { parseFragment } from "../../share/link-format";
import { useStore } from "../../store";
import type { CourseView } from "../../store/initial-state";
import { openLessonAndLink } from "./lesson-link";

/** The fragment of each course page, for links. */
export const COURSE_LINKS: Readonly<Record<CourseView, string>> = { overview: "#course", done: "#course=done" };

/** The course page a URL fragment names, or null. */
export function courseFromHash(hash: string): CourseView | null {
  const { course } = parseFragment(hash);
  if (course === undefined) return null;
  return course === "done" ? "done" : "overview";
}

/** Show a course page (the URL already says so: it came from a link or the address bar). */
export function showCourse(view: CourseView): void {
  useStore.setState({ courseView: view });
}

/** Leave the course pages for the lesson (or playground, or shared app) that was open. */
export function closeCourse(): void {
  const state = useStore.getState();
  if (!state.sharedView) {
    openLessonAndLink(state.lessonId);
    return;
  }
  useStore.setState({ courseView: null });
  history.pushState(null, "", location.pathname + location.search);
}
