import { useStore } from "../store";
import { Tip } from "./Tip";
import { timeLeftText } from "./download-estimate";

const LABELS = {
  download: "Downloading Python",
  "install-flask": "Installing Flask",
  ready: "Python ready",
  failed: "Python failed to start",
  restarting: "Restarting Python",
  stopped: "Python stopped",
} as const;

const mb = (bytes: number) => (bytes / 1_000_000).toFixed(1);

/** What the runtime is loading and how far along it is; once stopped, why, and Retry. */
export function LoadProgress({ onRetry }: { onRetry(): void }) {
  const progress = useStore((s) => s.progress);
  if (progress.stage === "stopped") {
    return (
      <div className="load-progress stopped" data-testid="runtime-status" role="alert">
        <span>{LABELS.stopped}</span>
        <Tip content={progress.detail}>
          <button type="button" className="primary" onClick={onRetry}>
            Retry
          </button>
        </Tip>
      </div>
    );
  }
  if (progress.stage === "ready") {
    return (
      <span
        className="runtime-ready"
        data-testid="runtime-status"
        data-boot={progress.fromSnapshot ? "snapshot" : "fresh"}
        title={progress.fromSnapshot ? "Started from the copy of Python this browser saved on an earlier visit" : undefined}
      >
        Python<span className="runtime-versions"> 3.14 · Flask 3.1</span> ready
      </span>
    );
  }
  const fraction = progress.totalBytes ? progress.loadedBytes / progress.totalBytes : 0;
  return (
    <div className="load-progress" data-testid="runtime-status" role="status">
      <span>
        {LABELS[progress.stage]}
        {progress.stage === "download" && progress.totalBytes > 0 && ` (${mb(progress.loadedBytes)} of ${mb(progress.totalBytes)} MB)`}
        {progress.stage === "download" && progress.secondsLeft !== undefined && ` · ${timeLeftText(progress.secondsLeft)}`}
        {progress.detail && `: ${progress.detail}`}
      </span>
      {progress.stage !== "failed" && progress.stage !== "restarting" && (
        <progress aria-label="Loading Python" max={1} value={progress.stage === "download" ? fraction * 0.9 : 0.95} />
      )}
    </div>
  );
}
