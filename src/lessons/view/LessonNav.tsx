import { lessons } from "..";
import { useStore } from "../../store";
import { COURSE_LINKS } from "./course-link";
import "./course-nav.css";
import { openLessonAndLink } from "./lesson-link";

/**
 * The course in the header: pick a lesson (or the free playground), step to
 * the previous or next one, and see how far along the course is; the
 * overview is one link away.
 */
export function LessonNav() {
  const lessonId = useStore((s) => s.lessonId);
  const progress = useStore((s) => s.lessonProgress);
  const done = lessons.filter((lesson) => progress[lesson.id]?.completed).length;
  const index = lessons.findIndex((lesson) => lesson.id === lessonId);
  const previous = index > 0 ? lessons[index - 1] : undefined;
  const next = index >= 0 ? lessons[index + 1] : lessons[0];
  return (
    <nav className="lesson-nav" aria-label="Course">
      <label htmlFor="lesson-select" className="sr-only">
        Lesson
      </label>
      <button
        type="button"
        className="icon-button"
        disabled={!previous}
        aria-label={previous ? `Previous lesson: ${previous.title}` : "Previous lesson"}
        onClick={() => previous && openLessonAndLink(previous.id)}
      >
        ‹
      </button>
      <select id="lesson-select" value={lessonId ?? ""} onChange={(e) => openLessonAndLink(e.target.value || null)}>
        <option value="">Free playground</option>
        {lessons.map((lesson) => (
          <option key={lesson.id} value={lesson.id}>
            {progress[lesson.id]?.completed ? "✓ " : ""}
            {lesson.order}. {lesson.title}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="icon-button"
        disabled={!next}
        aria-label={next ? `Next lesson: ${next.title}` : "Next lesson"}
        onClick={() => next && openLessonAndLink(next.id)}
      >
        ›
      </button>
      <a className="course-progress" href={COURSE_LINKS.overview} aria-label={`Course overview: ${done} of ${lessons.length} lessons done`}>
        <meter min={0} max={lessons.length} value={done} aria-hidden="true" />
        <span data-testid="lesson-progress">
          {done} of {lessons.length} done
        </span>
      </a>
    </nav>
  );
}
