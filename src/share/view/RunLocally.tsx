import type { RefObject } from "react";
import { Dialog } from "../../ui/Dialog";
import { useStore } from "../../store";
import { unpackWorkspace } from "../../store/workspace-files";
import { pipPins } from "../runtime-versions";

/** The exact commands to run the same app with the same Flask on the learner's own machine. */
export function RunLocally({
  open,
  onOpenChange,
  returnFocusTo,
}: {
  open: boolean;
  onOpenChange(open: boolean): void;
  returnFocusTo: RefObject<HTMLElement | null>;
}) {
  const workspace = useStore((s) => s.code);
  const files = unpackWorkspace(workspace);
  const several = Object.keys(files).length > 1;
  // Every module of the project counts: an extension may be imported from helpers.py.
  const pins = pipPins(
    Object.entries(files)
      .filter(([path]) => path.endsWith(".py"))
      .map(([, text]) => text)
      .join("\n"),
  );
  const commands = [
    "python3 -m venv .venv",
    "source .venv/bin/activate        # Windows: .venv\\Scripts\\activate",
    `pip install ${pins.join(" ")}`,
    "flask --app app run              # serves http://127.0.0.1:5000",
  ].join("\n");
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      returnFocusTo={returnFocusTo}
      title="Run it locally"
      description={
        <>
          The code is real Flask, so it behaves the same on your machine.{" "}
          {several ? (
            <>Download the project (File, Download project), unzip it, and in its folder:</>
          ) : (
            <>
              Save it as <code>app.py</code> (File, Download app.py), then:
            </>
          )}
        </>
      }
    >
      <pre className="commands" tabIndex={0} data-testid="run-locally-commands">
        {commands}
      </pre>
    </Dialog>
  );
}
