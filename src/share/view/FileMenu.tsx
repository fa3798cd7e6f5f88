import { DropdownMenu } from "radix-ui";
import { useRef, useState } from "react";
import { useStore } from "../../store";
import { downloadAppFile, readPythonFile } from "./file-actions";
import { RunLocally } from "./RunLocally";

/** The File menu: download the code as app.py, open a local .py file (with an undo), run it locally. */
export function FileMenu() {
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [undo, setUndo] = useState<string | null>(null);
  const [runLocally, setRunLocally] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const open = async (file: File | undefined) => {
    if (!file) return;
    try {
      const text = await readPythonFile(file);
      const state = useStore.getState();
      setUndo(state.code);
      state.setCode(text);
      setMessage(`Opened ${file.name}.`);
    } catch (error) {
      setMessage((error as Error).message);
    }
    if (input.current) input.current.value = "";
  };
  return (
    <div className="file-menu">
      {/* Not modal and not portalled: the rest of the page stays in the accessibility tree (a modal menu hid it all, main
          landmark and heading included, while it stayed focusable), and the open menu sits in the header's landmark. */}
      <DropdownMenu.Root modal={false}>
        <DropdownMenu.Trigger className="menu-trigger" ref={menuButton}>
          File <span aria-hidden="true">▾</span>
        </DropdownMenu.Trigger>
        <DropdownMenu.Content className="menu" align="start" sideOffset={4}>
          <DropdownMenu.Item className="menu-item" onSelect={() => downloadAppFile(useStore.getState().code)}>
            Download app.py
          </DropdownMenu.Item>
          <DropdownMenu.Item className="menu-item" onSelect={() => input.current?.click()}>
            Open .py file…
          </DropdownMenu.Item>
          <DropdownMenu.Separator className="menu-separator" />
          <DropdownMenu.Item className="menu-item" onSelect={() => setRunLocally(true)}>
            Run it locally…
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Root>
      <input
        ref={input}
        type="file"
        accept=".py,text/x-python,text/plain"
        hidden
        aria-label="Open a Python file"
        onChange={(e) => void open(e.target.files?.[0])}
      />
      <RunLocally open={runLocally} onOpenChange={setRunLocally} returnFocusTo={menuButton} />
      {message && (
        <span role="status" className="hint">
          {message}{" "}
          {undo !== null && (
            <button
              type="button"
              className="link"
              onClick={() => {
                useStore.getState().setCode(undo);
                setUndo(null);
                setMessage(null);
              }}
            >
              Undo
            </button>
          )}
        </span>
      )}
    </div>
  );
}
