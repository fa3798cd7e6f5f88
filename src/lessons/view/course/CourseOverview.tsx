import { lessons } from "../..";
import { useStore } from "../../../store";
import { courseRows, type LessonRow } from "../../course-progress";
import { COURSE_LINKS } from "../course-link";
import { ProgressFileActions } from "./ProgressFileActions";
import { useLessonCode } from "./saved-code";

function statusText(row: LessonRow): string {
  if (row.status === "complete") return "✓ Complete";
  if (row.status === "not-started") return "Not started";
  return row.checks ? `In progress · ${row.checks.passed} of ${row.checks.total} checks pass` : "In progress";
}

/** Every lesson in order: what it teaches, where the learner stands, one click to open it. */
export function CourseOverview() {
  const lessonProgress = useStore((s) => s.lessonProgress);
  const rows = courseRows(lessons, lessonProgress, useLessonCode());
  const done = rows.filter((row) => row.status === "complete").length;
  return (
    <>
      <h1 tabIndex={-1}>Course overview</h1>
      <p className="course-count">
        <progress value={done} max={lessons.length} aria-hidden="true" />{" "}
        <span data-testid="course-progress">
          {done} of {lessons.length} done
        </span>
      </p>
      <ol className="course-lessons" data-testid="course-lessons">
        {rows.map((row) => (
          <li key={row.lesson.id} className={`course-lesson status-${row.status}`} data-lesson={row.lesson.id} data-status={row.status}>
            <a href={`#lesson=${row.lesson.id}`} className="course-lesson-title">
              {row.lesson.order}. {row.lesson.title}
            </a>
            <span className="course-status">{statusText(row)}</span>
            <p className="course-summary">{row.lesson.summary}</p>
          </li>
        ))}
      </ol>
      <p>
        <a href={COURSE_LINKS.done}>What you can now do →</a>
      </p>
      <ProgressFileActions />
    </>
  );
}
