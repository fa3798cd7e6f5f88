import { useStore } from "../store";

/** Says plainly when the service worker cannot serve and requests go straight to the runtime. */
export function ServerModeNotice() {
  const mode = useStore((s) => s.serverMode);
  if (mode.kind === "installing") {
    return (
      <p className="notice info" role="status" data-testid="server-mode-notice">
        Saving the playground in this browser for offline use; until it is saved, requests go straight to the Python runtime.
      </p>
    );
  }
  if (mode.kind !== "direct") return null;
  return (
    <p className="notice warning" role="status" data-testid="server-mode-notice">
      Requests go straight to the Python runtime, not through the service worker: {mode.reason} Everything still works; only requests made by the page
      itself (links, forms, fetch) are not served.
    </p>
  );
}
