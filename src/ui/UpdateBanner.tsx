import { applyUpdate } from "../bridge/service-worker";
import { useStore } from "../store";

/**
 * A new version of the playground: it has installed in the background and
 * waits until the learner reloads, so this tab keeps working meanwhile
 * (docs/decisions/014-one-service-worker.md). Code and lesson progress are
 * saved in the browser; the session's history is not.
 */
export function UpdateBanner() {
  const update = useStore((s) => s.update);
  if (update === "none") return null;
  return (
    <p className="notice info update-banner" role="status" data-testid="update-banner">
      {update === "waiting" ? "A new version is available" : "A new version took over in another tab"}
      {" — "}
      <button type="button" onClick={applyUpdate}>
        Reload
      </button>
    </p>
  );
}
