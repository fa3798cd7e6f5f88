import { useStore } from "../store";

/** Says plainly when the service worker cannot serve and requests go straight to the runtime. */
export function ServerModeNotice() {
  const mode = useStore((s) => s.serverMode);
  if (mode.kind !== "direct") return null;
  return (
    <p className="notice warning" role="status" data-testid="server-mode-notice">
      Requests go straight to the Python runtime, not through the service worker: {mode.reason} Everything still works; only requests made by the page
      itself (links, forms, fetch) are not served.
    </p>
  );
}
