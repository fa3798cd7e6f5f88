import { useStore } from "../../store";
import type { Lesson } from "../types";

/** Each check of the lesson: pass or fail, with expected and actual for every failing expectation. */
export function CheckList({ lesson, onRun }: { lesson: Lesson; onRun(): void }) {
  const run = useStore((s) => (s.checkRun?.lessonId === lesson.id ? s.checkRun : null));
  const code = useStore((s) => s.code);
  const appStatus = useStore((s) => s.appStatus);
  const stale = run !== null && run.code !== code;
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
                        {r.description}: expected <code>{r.expected}</code>, got <code>{r.actual}</code>
                      </li>
                    ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
