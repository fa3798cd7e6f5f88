import { useStore } from "../store";

/** Only the latest lines are rendered: a busy app must not slow every request down. */
const SHOWN_LOG_LINES = 200;

/** print() output, log records (Flask's, werkzeug's, the app's) and tracebacks, as `flask run` shows them. */
export function LogsPanel() {
  const logs = useStore((s) => s.logs);
  const clearLogs = useStore((s) => s.clearLogs);

  return (
    <section className="logs" aria-label="Logs">
      <header>
        <h2>Logs</h2>
        <button onClick={clearLogs}>Clear</button>
      </header>
      {/* column-reverse keeps the view pinned to the newest line with no script:
          scrolling from JS forced a layout on every request (bench/: ~1-2 ms each). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a tab stop so the keyboard can scroll it (axe: scrollable-region-focusable). */}
      <div className="log-scroller" role="group" tabIndex={0} aria-label="Log lines">
        <div className="log-lines" data-testid="logs" role="log">
          {logs.length > SHOWN_LOG_LINES && <div className="hint">{logs.length - SHOWN_LOG_LINES} earlier lines not shown</div>}
          {logs.slice(-SHOWN_LOG_LINES).map((entry) => (
            <div key={entry.id} className={`log log-${entry.source} ${entry.level ? `level-${entry.level.toLowerCase()}` : ""}`}>
              <span className="log-source">{entry.source === "logging" ? `${entry.level} ${entry.logger}` : entry.source}</span>{" "}
              <span className="log-message">{entry.message}</span>
              {entry.repeat && (
                <span className="badge log-repeat">
                  <span aria-hidden="true">×{entry.repeat}</span>
                  <span className="sr-only">repeated {entry.repeat} times</span>
                </span>
              )}
              {entry.error && (
                <pre className="traceback" data-testid="traceback">
                  {entry.error.text}
                </pre>
              )}
            </div>
          ))}
        </div>
      </div>
    </section>
  );
}
