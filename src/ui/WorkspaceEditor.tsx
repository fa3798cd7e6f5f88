/**
 * The workspace's files beside the editor: app.py and whatever the learner
 * adds (templates/, static/, modules), one of them in the editor at a time.
 * Add, rename and delete (with an undo) change the workspace string the store
 * holds (store/workspace-files.ts), so autosave, share links and the reloader
 * carry every file without knowing there are several.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type FormEvent } from "react";
import { useStore } from "../store";
import { addedFile, APP_FILE, renamedFile, unpackWorkspace, withFile, withoutFile, type WorkspaceFiles } from "../store/workspace-files";
import { EditorHost, useDiagnostics } from "./EditorHost";

type Naming = { kind: "add" } | { kind: "rename"; from: string };

/** The workspace's files (unpacked once per change) and the one the editor shows: the chosen one while it exists, else app.py. */
export function useActiveFile(): { files: WorkspaceFiles; paths: string[]; active: string } {
  const code = useStore((s) => s.code);
  const chosen = useStore((s) => s.activeFile);
  const files = useMemo(() => unpackWorkspace(code), [code]);
  const paths = Object.keys(files);
  return { files, paths, active: chosen in files ? chosen : APP_FILE };
}

function FileBar({ paths, active }: { paths: string[]; active: string }) {
  const setActiveFile = useStore((s) => s.setActiveFile);
  const [naming, setNaming] = useState<Naming | null>(null);
  const [name, setName] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [undo, setUndo] = useState<{ code: string; path: string } | null>(null);
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  // The learner pressed New file or Rename: the name field is what they type next.
  useEffect(() => {
    if (naming) input.current?.focus();
  }, [naming]);

  const startNaming = (next: Naming) => {
    setNaming(next);
    setName(next.kind === "rename" ? next.from : "templates/");
    setProblem(null);
    setUndo(null);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const state = useStore.getState();
    const path = name.trim();
    try {
      state.setCode(naming?.kind === "rename" ? renamedFile(state.code, naming.from, path) : addedFile(state.code, path));
    } catch (error) {
      setProblem((error as Error).message);
      return;
    }
    setActiveFile(path);
    setNaming(null);
  };
  const remove = (path: string) => {
    const state = useStore.getState();
    setUndo({ code: state.code, path });
    state.setCode(withoutFile(state.code, path));
    setActiveFile(APP_FILE);
  };

  return (
    <nav className="file-bar" aria-label="Files of the app">
      <ul>
        {paths.map((path) => (
          <li key={path}>
            <button type="button" className="file-tab" aria-current={path === active ? "true" : undefined} onClick={() => setActiveFile(path)}>
              {path}
            </button>
          </li>
        ))}
      </ul>
      <div className="file-actions">
        <button type="button" onClick={() => startNaming({ kind: "add" })}>
          New file
        </button>
        {active !== APP_FILE && (
          <>
            <button type="button" onClick={() => startNaming({ kind: "rename", from: active })}>
              Rename {active}
            </button>
            <button type="button" onClick={() => remove(active)}>
              Delete {active}
            </button>
          </>
        )}
      </div>
      {naming && (
        <form className="file-name-form" onSubmit={submit}>
          <label htmlFor={inputId}>{naming.kind === "add" ? "New file's name" : `New name for ${naming.from}`}</label>
          <input
            id={inputId}
            ref={input}
            value={name}
            spellCheck={false}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => e.key === "Escape" && setNaming(null)}
            aria-describedby={`${inputId}-help`}
          />
          <button type="submit">{naming.kind === "add" ? "Add" : "Rename"}</button>
          <button type="button" onClick={() => setNaming(null)}>
            Cancel
          </button>
          <p id={`${inputId}-help`} className="hint" role={problem ? "alert" : undefined}>
            {problem ?? "A module (helpers.py), or a file under templates/ or static/."}
          </p>
        </form>
      )}
      {undo && (
        <p role="status" className="hint">
          Deleted {undo.path}.{" "}
          <button
            type="button"
            className="link"
            onClick={() => {
              useStore.getState().setCode(undo.code);
              setActiveFile(undo.path);
              setUndo(null);
            }}
          >
            Undo
          </button>
        </p>
      )}
    </nav>
  );
}

/** The file bar and the editor showing the active file, its markers and its language. */
export function WorkspaceEditor({ dark }: { dark: boolean }) {
  const { files, paths, active } = useActiveFile();
  const text = files[active] ?? "";
  const diagnostics = useDiagnostics(text, active);
  const edit = useCallback(
    (next: string) => {
      const state = useStore.getState();
      state.setCode(withFile(state.code, active, next));
    },
    [active],
  );
  return (
    <>
      <FileBar paths={paths} active={active} />
      <div className="editor-host" data-testid="editor">
        <EditorHost code={text} setCode={edit} diagnostics={diagnostics} dark={dark} path={active} />
      </div>
    </>
  );
}
