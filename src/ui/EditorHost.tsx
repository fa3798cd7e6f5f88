/**
 * The code editor, in two steps: a plain text area from first paint, then
 * Monaco a second after Python is ready and the app loaded (or Python
 * failed, or MONACO_AT_LATEST_MS passed), when the main thread is idle.
 * Loading Monaco while Python boots competed with it for the CPU: the first
 * response came ~300 ms later on a two-core machine (bench/).
 */
import { lazy, Suspense, useEffect, useRef, useState } from "react";
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
  const settled = useStore(
    (s) => (s.progress.stage === "ready" && s.appStatus.kind !== "loading") || s.progress.stage === "failed",
  );
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
  const caret = useRef(newCaret()).current;
  const plain = <PlainCodeEditor value={code} onChange={setCode} caret={caret} />;
  if (!useMonacoWanted()) return plain;
  return (
    <Suspense fallback={plain}>
      <CodeEditor value={code} onChange={setCode} diagnostics={diagnostics} dark={dark} caret={caret} />
    </Suspense>
  );
}
