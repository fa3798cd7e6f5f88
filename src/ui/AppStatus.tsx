import { useStore } from "../store";

/** Whether the learner's code is the app that answers, and if not, why. */
export function AppStatus() {
  const status = useStore((s) => s.appStatus);
  const runtime = useStore((s) => s.progress);
  // No worker runs, or a fresh one is starting: whatever the last load said, no app is running now.
  if (runtime.stage === "stopped") {
    return (
      <p className="app-status failed" role="alert" data-testid="app-status">
        No app is running. {runtime.detail}
      </p>
    );
  }
  if (runtime.stage === "restarting") return <p className="app-status">Python is restarting; your app loads again once it is back…</p>;
  if (status.kind === "loading") return <p className="app-status">Loading your app…</p>;
  if (status.kind === "running") {
    return (
      <p className="app-status ok" data-testid="app-status">
        App running · {status.routes.length} routes · reloaded in {status.loadDurationMs.toFixed(0)} ms
      </p>
    );
  }
  const { error, stage } = status.result;
  const where = error.syntax ? ` (line ${error.syntax.line})` : "";
  return (
    <p className="app-status failed" role="alert" data-testid="app-status">
      {stage === "syntax" ? "Syntax error" : stage === "no-app" ? "No Flask app found" : stage === "timeout" ? "Stopped" : "Your code raised"}
      {where}: {error.type === "NoAppException" || stage === "timeout" ? error.message : `${error.type}: ${error.message}`}{" "}
      {status.serving ? "The last working version keeps answering." : "No app is answering yet."}
      {error.notes?.map((note) => (
        <span className="app-status-note" key={note}>
          {note}
        </span>
      ))}
    </p>
  );
}
