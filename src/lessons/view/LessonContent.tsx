/**
 * A loaded lesson's content beside the editor: text, suggested requests,
 * checks, hints, solution and questions. Loaded with the lesson (LessonPanel),
 * so it and the Markdown renderer are not part of the first paint.
 */
import { lazy, Suspense, useMemo, useState } from "react";
import { useStore } from "../../store";
import { useDarkMode } from "../../ui/use-dark-mode";
import type { Lesson, LessonRequest } from "../types";
import { CheckList } from "./CheckList";
import { Hints } from "./Hints";
import { lessonHtml } from "./lesson-html";
import { Quiz } from "./Quiz";
import { fileText } from "../../store/workspace-files";
import { useActiveFile } from "../../ui/WorkspaceEditor";

const DiffView = lazy(() => import("../../editor/DiffView"));

export interface LessonContentProps {
  lesson: Lesson;
  /** Fill the request builder with a suggested request and send it. */
  onTry(request: LessonRequest): void;
  /** Reload the app now and run the checks. */
  onRunChecks(): void;
}

export default function LessonContent({ lesson, onTry, onRunChecks }: LessonContentProps) {
  const code = useStore((s) => s.code);
  // The solution compared file by file: the one in the editor.
  const { files, active } = useActiveFile();
  const setCode = useStore((s) => s.setCode);
  const dark = useDarkMode();
  const [showSolution, setShowSolution] = useState(false);
  const [confirmReset, setConfirmReset] = useState(false);
  const [undo, setUndo] = useState<string | null>(null);
  const html = useMemo(() => lessonHtml(lesson.id, lesson.markdown), [lesson]);

  return (
    <>
      <div className="lesson-text" dangerouslySetInnerHTML={{ __html: html }} />
      <section aria-label="Suggested requests" className="suggested">
        <h3>Try these</h3>
        {lesson.requests.map((request) => (
          <button key={request.label} type="button" onClick={() => onTry(request)}>
            {request.label}
          </button>
        ))}
      </section>
      <CheckList lesson={lesson} onRun={onRunChecks} />
      <Hints lesson={lesson} />
      <section className="lesson-actions" aria-label="Lesson actions">
        <button type="button" onClick={() => setShowSolution((v) => !v)} aria-expanded={showSolution}>
          {showSolution ? "Hide solution" : "Show solution"}
        </button>
        {!confirmReset ? (
          <button type="button" onClick={() => setConfirmReset(true)}>
            Reset to starter
          </button>
        ) : (
          <span role="alertdialog" aria-label="Reset to the starter code?" className="confirm">
            Replace your code with the starter?{" "}
            <button
              type="button"
              onClick={() => {
                setUndo(code);
                setCode(lesson.starter);
                setConfirmReset(false);
              }}
            >
              Yes, reset
            </button>{" "}
            <button type="button" onClick={() => setConfirmReset(false)}>
              Cancel
            </button>
          </span>
        )}
        {undo !== null && (
          <button
            type="button"
            onClick={() => {
              setCode(undo);
              setUndo(null);
            }}
          >
            Undo reset
          </button>
        )}
      </section>
      {showSolution && (
        <section aria-label="Solution compared with your code" data-testid="solution">
          <p className="hint">Your code on the left, a solution on the right.</p>
          <Suspense fallback={<p className="hint">Loading the diff…</p>}>
            <DiffView
              original={files[active] ?? ""}
              modified={fileText(lesson.solution, active) ?? ""}
              originalLabel={active === "app.py" ? "Your code" : `Your ${active}`}
              modifiedLabel={active === "app.py" ? "Solution" : `The solution's ${active}`}
              dark={dark}
            />
          </Suspense>
        </section>
      )}
      <Quiz lesson={lesson} />
    </>
  );
}
