import { useMemo } from "react";
import { useStore } from "../../store";
import { headingDomId, headings } from "../anchors";
import type { Check, Lesson } from "../types";
import { NextStep } from "./NextStep";

/** Scroll the lesson text to a heading and move focus there, so a keyboard or screen reader user lands on it too. */
function showHeading(id: string): void {
  const heading = document.getElementById(id);
  heading?.scrollIntoView({ block: "start" });
  heading?.focus({ preventScroll: true });
}

/** "Step 2 (GET /items/7): " for a result of a check with several requests. */
function stepLabel(check: Check, step: number | undefined): string {
  if (step === undefined) return "";
  const request = check.steps[step]!.request;
  return `Step ${step + 1} (${request.method} ${request.path}): `;
}

/** Each check of the lesson: pass or fail, with expected and actual for every failing expectation. */
export function CheckList({ lesson, onRun }: { lesson: Lesson; onRun(): void }) {
  const run = useStore((s) => (s.checkRun?.lessonId === lesson.id ? s.checkRun : null));
  const code = useStore((s) => s.code);
  const appStatus = useStore((s) => s.appStatus);
  const stale = run !== null && run.code !== code;
  const sections = useMemo(() => headings(lesson.markdown), [lesson]);
  return (
    <section className="checks" aria-label="Checks">
      <header>
        <h3>Checks</h3>
        <button type="button" onClick={onRun}>
          Run checks
        </button>
      </header>
      {appStatus.kind === "failed" && <p className="hint">Fix the error in your code; the checks run again when it loads.</p>}
      {!run && appStatus.kind !== "failed" && <p className="hint">Checks run each time your app reloads.</p>}
      {stale && <p className="hint">Checks are from before your last edit; they run again when the app reloads.</p>}
      <ul data-testid="checks">
        {lesson.checks.map((check) => {
          const result = run?.results.find((r) => r.id === check.id);
          const state = result ? (result.pass ? "pass" : "fail") : "pending";
          return (
            <li key={check.id} className={`check check-${state}`} data-check={check.id} data-state={state}>
              <span className="check-mark" aria-hidden="true">
                {state === "pass" ? "✓" : state === "fail" ? "✗" : "•"}
              </span>{" "}
              <span className="sr-only">{state === "pass" ? "Passed:" : state === "fail" ? "Failed:" : "Not run:"}</span>
              {check.title}
              {result?.error && <div className="check-detail">{result.error}</div>}
              {result && !result.pass && (
                <ul className="check-details">
                  {result.results
                    .filter((r) => !r.pass)
                    .map((r, index) => (
                      <li key={index} className="check-detail">
                        {stepLabel(check, r.step)}
                        {r.description}: expected <code>{r.expected}</code>, got <code>{r.actual}</code>
                        {r.why && <p className="check-why">{r.why}</p>}
                      </li>
                    ))}
                </ul>
              )}
              {result && !result.pass && check.explainedBy && (
                <button
                  type="button"
                  className="link check-explained"
                  onClick={() => showHeading(headingDomId(lesson.id, check.explainedBy!))}
                >
                  Read: {sections.get(check.explainedBy) ?? check.explainedBy}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <NextStep lesson={lesson} />
    </section>
  );
}
