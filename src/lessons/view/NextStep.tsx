import { lessons } from "..";
import { useStore } from "../../store";
import type { Lesson } from "../types";
import { COURSE_LINKS } from "./course-link";

/**
 * Under the checks, once every one passes for the code in the editor: the way
 * on, as a link (the next lesson, or after the last one the final page). Not
 * focused by itself, so typing in the editor is never interrupted; the live
 * region announces it.
 */
export function NextStep({ lesson }: { lesson: Lesson }) {
  const allPass = useStore((s) => {
    const run = s.checkRun;
    if (!run || run.lessonId !== lesson.id || run.code !== s.code || lesson.checks.length === 0) return false;
    return lesson.checks.every((check) => run.results.some((result) => result.id === check.id && result.pass));
  });
  const next = lessons[lessons.findIndex((entry) => entry.id === lesson.id) + 1];
  return (
    <div role="status" className="next-step-status" data-testid="next-step">
      {allPass && (
        <a className="next-step" href={next ? `#lesson=${next.id}` : COURSE_LINKS.done}>
          {next ? `All checks pass — next: ${next.order}. ${next.title} →` : "All checks pass — you finished the course: what you can now do →"}
        </a>
      )}
    </div>
  );
}
