import { useEffect, useRef } from "react";
import { useStore } from "../store";

/** Only the latest lines are rendered: a busy app must not slow every request down. */
const SHOWN_LOG_LINES = 200;

/** print() output, log records (Flask's, werkzeug's, the app's) and tracebacks, as `flask run` shows them. */
export function LogsPanel() {
  const logs = useStore((s) => s.logs);
  const clearLogs = useStore((s) => s.clearLogs);
  const end = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Braces matter: newer browsers return a promise from scrollIntoView, which React would take as cleanup.
    void end.current?.scrollIntoView({ block: "nearest" });
  }, [logs]);
  return (
    <section className="logs" aria-label="Logs">
      <header>
        <h2>Logs</h2>
        <button onClick={clearLogs}>Clear</button>
      </header>
      <div className="log-lines" data-testid="logs" role="log" tabIndex={0}>
        {logs.length > SHOWN_LOG_LINES && (
          <div className="hint">{logs.length - SHOWN_LOG_LINES} earlier lines not shown</div>
        )}
        {logs.slice(-SHOWN_LOG_LINES).map((entry) => (
          <div key={entry.id} className={`log log-${entry.source} ${entry.level ? `level-${entry.level.toLowerCase()}` : ""}`}>
            <span className="log-source">{entry.source === "logging" ? `${entry.level} ${entry.logger}` : entry.source}</span>{" "}
            <span className="log-message">{entry.message}</span>
            {entry.error && (
              <pre className="traceback" data-testid="traceback">
                {entry.error.text}
              </pre>
            )}
          </div>
        ))}
        <div ref={end} />
      </div>
    </section>
  );
}
