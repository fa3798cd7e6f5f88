import { useRef, useState } from "react";
import { useStore } from "../../store";
import { downloadAppFile, readPythonFile } from "./file-actions";

/** Download the code as app.py, or open a local .py file into the editor (with an undo). */
export function FileMenu() {
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [undo, setUndo] = useState<string | null>(null);
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
      <button type="button" onClick={() => downloadAppFile(useStore.getState().code)}>
        Download app.py
      </button>
      <button type="button" onClick={() => input.current?.click()}>
        Open .py file
      </button>
      <input
        ref={input}
        type="file"
        accept=".py,text/x-python,text/plain"
        hidden
        aria-label="Open a Python file"
        onChange={(e) => void open(e.target.files?.[0])}
      />
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
