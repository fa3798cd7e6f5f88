import { lessons } from "..";
import { useStore } from "../../store";
import { COURSE_LINKS } from "./course-link";
import "./course-nav.css";
import { openLessonAndLink } from "./lesson-link";

/** Pick a lesson (with progress) or the free playground; the course overview is one link away. */
export function LessonNav() {
  const lessonId = useStore((s) => s.lessonId);
  const progress = useStore((s) => s.lessonProgress);
  const done = lessons.filter((lesson) => progress[lesson.id]?.completed).length;
  return (
    <div className="lesson-nav">
      <label htmlFor="lesson-select">Lesson</label>
      <select id="lesson-select" value={lessonId ?? ""} onChange={(e) => openLessonAndLink(e.target.value || null)}>
        <option value="">Free playground</option>
        {lessons.map((lesson) => (
          <option key={lesson.id} value={lesson.id}>
            {progress[lesson.id]?.completed ? "✓ " : ""}
            {lesson.order}. {lesson.title}
          </option>
        ))}
      </select>
      <span className="hint" data-testid="lesson-progress">
        {done} of {lessons.length} done
      </span>
      <a className="course-link" href={COURSE_LINKS.overview}>
        Course overview
      </a>
    </div>
  );
}
