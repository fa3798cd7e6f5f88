/**
 * The course pages, in place of the workspace: the overview (`#course`) and
 * the final page (`#course=done`). Loaded on first use (App.tsx), with their
 * styles and the final page's text.
 */
import { useEffect, useRef } from "react";
import type { CourseView } from "../../../store/initial-state";
import { closeCourse } from "../course-link";
import { CourseDone } from "./CourseDone";
import { CourseOverview } from "./CourseOverview";
import "./course.css";

export default function CoursePage({ view }: { view: CourseView }) {
  const main = useRef<HTMLElement>(null);
  // A new page: keyboard and screen reader users start at its heading, as after a page load.
  useEffect(() => {
    main.current?.querySelector<HTMLElement>("h1")?.focus();
  }, [view]);
  return (
    <main ref={main} className="course-page" data-testid="course-page" data-view={view}>
      <div className="course-column">
        <button type="button" className="link course-back" onClick={closeCourse}>
          ← Back to the editor
        </button>
        {view === "overview" ? <CourseOverview /> : <CourseDone />}
      </div>
    </main>
  );
}
