import { marked } from "marked";
import { lessons } from "../..";
import doneText from "../../../../lessons/course/done.md?raw";
import { useStore } from "../../../store";
import { parseCourseText } from "../../course-text";
import { COURSE_LINKS } from "../course-link";
import { useLesson } from "../use-lesson";
import { CapstoneShare } from "./CapstoneShare";

// Content of this repository, checked like a lesson (course-text.test.ts).
const text = parseCourseText(doneText, lessons, "lessons/course/done.md");
const html = marked.parse(text.markdown) as string;

/** The final page: what the course taught, how far the learner got, and their capstone to share. */
export function CourseDone() {
  const lessonProgress = useStore((s) => s.lessonProgress);
  const capstone = useLesson(text.capstone);
  const done = lessons.filter((lesson) => lessonProgress[lesson.id]?.completed).length;
  const next = lessons.find((lesson) => !lessonProgress[lesson.id]?.completed);
  return (
    <>
      <h1 tabIndex={-1}>{text.title}</h1>
      <p className="course-count">
        <progress value={done} max={lessons.length} aria-hidden="true" />{" "}
        <span data-testid="course-progress">
          {done} of {lessons.length} done
          {next ? (
            <>
              . Next open lesson: <a href={`#lesson=${next.id}`}>{`${next.order}. ${next.title}`}</a>
            </>
          ) : (
            ": you completed every lesson"
          )}
          .
        </span>
      </p>
      {/* Lesson content is part of this repository, not user input. */}
      <div className="lesson-text" dangerouslySetInnerHTML={{ __html: html }} />
      {capstone.status === "ready" ? (
        <CapstoneShare capstone={capstone.lesson} />
      ) : (
        <p className="hint" role="status">
          {capstone.status === "loading" ? "Loading lesson…" : `The capstone lesson could not be loaded (${capstone.message}).`}
        </p>
      )}
      <p>
        <a href={COURSE_LINKS.overview}>Course overview</a>
      </p>
    </>
  );
}
