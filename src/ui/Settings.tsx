import { Popover } from "radix-ui";
import { useStore } from "../store";
import { OfflineStatus } from "./OfflineStatus";

/** Settings: how long Python may run a request or a reload before it is stopped; whether it works offline. */
export function Settings() {
  const timeLimitMs = useStore((s) => s.settings.timeLimitMs);
  const setTimeLimit = useStore((s) => s.setTimeLimit);
  return (
    <Popover.Root>
      <Popover.Trigger className="menu-trigger">Settings</Popover.Trigger>
      <Popover.Portal>
        <Popover.Content className="popover settings-body" align="end" sideOffset={4} aria-label="Settings">
          <label>
            Time limit for a request or a reload (seconds){" "}
            <input
              type="number"
              min={1}
              max={120}
              step={1}
              value={timeLimitMs / 1000}
              onChange={(e) => {
                const seconds = Number(e.target.value);
                if (Number.isFinite(seconds) && seconds >= 1 && seconds <= 120) setTimeLimit(Math.round(seconds * 1000));
              }}
            />
          </label>
          <p className="hint">Past it, Python is stopped and restarted, and the last working app comes back.</p>
          <OfflineStatus />
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
