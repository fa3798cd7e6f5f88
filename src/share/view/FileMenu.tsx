import { DropdownMenu } from "radix-ui";
import { useMemo, useRef, useState } from "react";
import { useStore } from "../../store";
import { APP_FILE, fileText, filePaths, withFile } from "../../store/workspace-files";
import { downloadAppFile, downloadProject, MAX_OPEN_BYTES, readPythonFile, workspaceFromZip } from "./file-actions";
import { RunLocally } from "./RunLocally";

/**
 * The File menu: download app.py, or the whole project as a zip; open a local
 * .py file as app.py, or a project zip (with an undo); run it locally.
 */
export function FileMenu() {
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [undo, setUndo] = useState<string | null>(null);
  const [runLocally, setRunLocally] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const code = useStore((s) => s.code);
  const several = useMemo(() => filePaths(code).length > 1, [code]);
  const open = async (file: File | undefined) => {
    if (!file) return;
    try {
      const state = useStore.getState();
      let next: string;
      if (/\.zip$/i.test(file.name)) {
        if (file.size > MAX_OPEN_BYTES)
          throw new Error(`${file.name} is ${file.size.toLocaleString("en")} bytes; the playground opens projects up to 1 MB.`);
        next = workspaceFromZip(new Uint8Array(await file.arrayBuffer()), file.name);
      } else {
        // A .py file becomes app.py; the other files of the workspace stay.
        next = withFile(state.code, APP_FILE, await readPythonFile(file));
      }
      setUndo(state.code);
      state.setCode(next);
      state.setActiveFile(APP_FILE);
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
          <DropdownMenu.Item className="menu-item" onSelect={() => downloadAppFile(fileText(useStore.getState().code, APP_FILE) ?? "")}>
            Download app.py
          </DropdownMenu.Item>
          {several && (
            <DropdownMenu.Item className="menu-item" onSelect={() => downloadProject(useStore.getState().code)}>
              Download project (.zip)
            </DropdownMenu.Item>
          )}
          <DropdownMenu.Item className="menu-item" onSelect={() => input.current?.click()}>
            Open .py file or project .zip…
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
        accept=".py,.zip,text/x-python,text/plain,application/zip"
        hidden
        aria-label="Open a Python file or a project zip"
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
