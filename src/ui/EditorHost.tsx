/**
 * The code editor, in two steps: a plain text area from first paint, then
 * Monaco a second after Python is ready and the app loaded (or Python
 * failed, or MONACO_AT_LATEST_MS after the runtime's downloads ended), when
 * the main thread is idle. Monaco
 * mounts hidden and takes over only once it can, so typing through the swap
 * loses nothing.
 * Loading Monaco while Python boots competed with it for the CPU: the first
 * response came ~300 ms later on a two-core machine (bench/).
 */
import { lazy, Suspense, useEffect, useMemo, useState } from "react";
import { newCaret } from "../editor/caret";
import { diagnosticFor, type Diagnostic } from "../editor/diagnostics";
import { PlainCodeEditor } from "../editor/PlainCodeEditor";
import { useStore } from "../store";
import { afterThenIdle } from "./idle";
import { MONACO_AFTER_READY_MS, MONACO_AT_LATEST_MS } from "./monaco-timing";

const CodeEditor = lazy(() => import("../editor/CodeEditor"));

const IDLE_TIMEOUT_MS = 500;

/** The editor's markers for `code`, the text of workspace file `path`: where the failed load, or the last request's exception, points in it. */
export function useDiagnostics(code: string, path = "app.py"): Diagnostic[] {
  const appStatus = useStore((s) => s.appStatus);
  const runtimeError = useStore((s) => s.runtimeError);
  return useMemo(() => {
    const lines = code.split("\n");
    const lineLength = (line: number) => lines[line - 1]?.length ?? 1;
    const error = appStatus.kind === "failed" ? appStatus.result.error : runtimeError;
    const diagnostic = error ? diagnosticFor(error, lineLength, path) : null;
    return diagnostic ? [diagnostic] : [];
  }, [code, path, appStatus, runtimeError]);
}

function useMonacoWanted(): boolean {
  // Python is up and the learner's app has loaded, or Python failed to start.
  const settled = useStore((s) => (s.progress.stage === "ready" && s.appStatus.kind !== "loading") || s.progress.stage === "failed");
  const downloaded = useStore(
    (s) => s.progress.stage !== "download" || (s.progress.totalBytes > 0 && s.progress.loadedBytes >= s.progress.totalBytes),
  );
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    if (!downloaded) return;
    const timer = setTimeout(() => setWanted(true), MONACO_AT_LATEST_MS);
    return () => clearTimeout(timer);
  }, [downloaded]);
  useEffect(() => {
    if (!settled) return;
    return afterThenIdle(MONACO_AFTER_READY_MS, IDLE_TIMEOUT_MS, () => setWanted(true));
  }, [settled]);
  return wanted;
}

export interface EditorHostProps {
  code: string;
  setCode(code: string): void;
  diagnostics: Diagnostic[];
  dark: boolean;
  /** The workspace file shown (app.py unless said). */
  path?: string;
}

export function EditorHost({ code, setCode, diagnostics, dark, path }: EditorHostProps) {
  // One caret shared by both editors for the page's life (a mutable record, not render state).
  const [caret] = useState(newCaret);
  const wanted = useMonacoWanted();
  const [monacoMounted, setMonacoMounted] = useState(false);
  // The plain editor stays, editable and focused, until Monaco is mounted and
  // can take the text, caret and focus in one go (CodeEditor's `active`).
  return (
    <div className="editor-stack">
      {!monacoMounted && <PlainCodeEditor value={code} onChange={setCode} caret={caret} path={path} />}
      {wanted && (
        <div className="monaco-slot" hidden={!monacoMounted}>
          <Suspense fallback={null}>
            <CodeEditor
              value={code}
              onChange={setCode}
              diagnostics={diagnostics}
              dark={dark}
              caret={caret}
              active={monacoMounted}
              onMounted={() => setMonacoMounted(true)}
              path={path}
            />
          </Suspense>
        </div>
      )}
      <p className="hint editor-keys">
        <kbd>Ctrl</kbd>+<kbd>Enter</kbd> sends the request from anywhere. In the editor, <kbd>Tab</kbd> indents; <kbd>Esc</kbd> then <kbd>Tab</kbd>{" "}
        leaves it.
      </p>
    </div>
  );
}
