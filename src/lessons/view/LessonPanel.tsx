import { lazy, Suspense, useEffect } from "react";
import { lessons } from "..";
import { useStore } from "../../store";
import type { LessonMeta, LessonRequest } from "../types";
import { COURSE_LINKS } from "./course-link";
import { openLessonAndLink } from "./lesson-link";
import { useLesson } from "./use-lesson";

const loadContentView = () => import("./LessonContent");
const LessonContent = lazy(loadContentView);

export interface LessonPanelProps {
  /** The lesson's catalog entry; its content loads here. */
  lesson: LessonMeta;
  /** Fill the request builder with a suggested request and send it. */
  onTry(request: LessonRequest): void;
  /** Reload the app now and run the checks. */
  onRunChecks(): void;
}

const loading = (
  <p className="hint" role="status" data-testid="lesson-loading">
    Loading lesson…
  </p>
);

/**
 * The lesson beside the editor: where it stands in the course at once, its
 * content (text, suggested requests, checks, hints, solution, questions) as
 * soon as it has loaded, and the way to the lessons either side.
 */
export function LessonPanel({ lesson, onTry, onRunChecks }: LessonPanelProps) {
  const completed = useStore((s) => s.lessonProgress[lesson.id]?.completed ?? false);
  const content = useLesson(lesson.id);
  // The view's code loads while the lesson does, not after it.
  useEffect(() => void loadContentView(), []);
  const index = lessons.findIndex((entry) => entry.id === lesson.id);
  const previous = lessons[index - 1];
  const next = lessons[index + 1];

  return (
    <article className="lesson" aria-label={`Lesson ${lesson.order}: ${lesson.title}`} aria-busy={content.status === "loading"} data-testid="lesson">
      <header className="lesson-header">
        <p className="hint">
          Lesson {lesson.order} of {lessons.length}
          {completed && (
            <span className="lesson-done" data-testid="lesson-complete">
              {" "}
              · ✓ complete
            </span>
          )}
        </p>
      </header>
      {content.status === "loading" && loading}
      {content.status === "failed" && (
        <p className="notice warning" role="alert">
          This lesson could not be loaded ({content.message}).{" "}
          <button type="button" onClick={content.retry}>
            Try again
          </button>
        </p>
      )}
      {content.status === "ready" && (
        <Suspense fallback={loading}>
          <LessonContent lesson={content.lesson} onTry={onTry} onRunChecks={onRunChecks} />
        </Suspense>
      )}
      <nav className="lesson-pager" aria-label="Lessons">
        {previous ? (
          <button type="button" onClick={() => openLessonAndLink(previous.id)}>
            ← {previous.order}. {previous.title}
          </button>
        ) : (
          <span />
        )}
        <a href={COURSE_LINKS.overview}>All lessons</a>
        {next ? (
          <button type="button" onClick={() => openLessonAndLink(next.id)}>
            {next.order}. {next.title} →
          </button>
        ) : (
          <a href={COURSE_LINKS.done}>What you can now do →</a>
        )}
      </nav>
    </article>
  );
}
