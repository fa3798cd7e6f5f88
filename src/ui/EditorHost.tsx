/**
 * The code editor, in two steps: a plain text area from first paint, then
 * Monaco a second after Python is ready and the app loaded (or Python
 * failed, or MONACO_AT_LATEST_MS passed), when the main thread is idle. Monaco
 * mounts hidden and takes over only once it can, so typing through the swap
 * loses nothing.
 * Loading Monaco while Python boots competed with it for the CPU: the first
 * response came ~300 ms later on a two-core machine (bench/).
 */
import { lazy, Suspense, useEffect, useState } from "react";
import { newCaret } from "../editor/caret";
import type { Diagnostic } from "../editor/diagnostics";
import { PlainCodeEditor } from "../editor/PlainCodeEditor";
import { useStore } from "../store";

const CodeEditor = lazy(() => import("../editor/CodeEditor"));

/** Monaco loads by then even if Python is still downloading (a slow network). */
export const MONACO_AT_LATEST_MS = 5000;

/**
 * How long after that Monaco starts loading, then at the next idle moment:
 * parsing it blocks the main thread for a few hundred milliseconds, which a
 * Send pressed the moment Python was ready should not wait for.
 */
export const MONACO_AFTER_READY_MS = 1000;
const IDLE_TIMEOUT_MS = 500;

function useMonacoWanted(): boolean {
  // Python is up and the learner's app has loaded, or Python failed to start.
  const settled = useStore((s) => (s.progress.stage === "ready" && s.appStatus.kind !== "loading") || s.progress.stage === "failed");
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setWanted(true), MONACO_AT_LATEST_MS);
    return () => clearTimeout(timer);
  }, []);
  useEffect(() => {
    if (!settled) return;
    let idle: number | undefined;
    const timer = setTimeout(() => {
      if (typeof requestIdleCallback === "undefined") setWanted(true);
      else idle = requestIdleCallback(() => setWanted(true), { timeout: IDLE_TIMEOUT_MS });
    }, MONACO_AFTER_READY_MS);
    return () => {
      clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, [settled]);
  return wanted;
}

export interface EditorHostProps {
  code: string;
  setCode(code: string): void;
  diagnostics: Diagnostic[];
  dark: boolean;
}

export function EditorHost({ code, setCode, diagnostics, dark }: EditorHostProps) {
  // One caret shared by both editors for the page's life (a mutable record, not render state).
  const [caret] = useState(newCaret);
  const wanted = useMonacoWanted();
  const [monacoMounted, setMonacoMounted] = useState(false);
  // The plain editor stays, editable and focused, until Monaco is mounted and
  // can take the text, caret and focus in one go (CodeEditor's `active`).
  return (
    <div className="editor-stack">
      {!monacoMounted && <PlainCodeEditor value={code} onChange={setCode} caret={caret} />}
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
