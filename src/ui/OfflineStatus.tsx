import { useStore } from "../store";

/** Whether this version works without a network (in Settings): saved, being saved, or why not. */
export function OfflineStatus() {
  const offline = useStore((s) => s.offline);
  const text = {
    checking: () => "Offline use: checking…",
    saving: () => "Offline use: saving this version in the browser…",
    ready: () => "Offline use: this version is saved in the browser and works without a network.",
    unavailable: () => `Offline use: not available. ${offline.kind === "unavailable" ? offline.reason : ""}`,
  }[offline.kind]();
  return (
    <p className="hint" data-testid="offline-status" data-offline={offline.kind}>
      {text}
    </p>
  );
}
