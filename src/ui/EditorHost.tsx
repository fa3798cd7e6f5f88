/**
 * The code editor, in two steps: a plain text area from first paint, then
 * Monaco once Python is ready (or has failed, or after MONACO_AT_LATEST_MS).
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

function useMonacoWanted(): boolean {
  const settled = useStore((s) => s.progress.stage === "ready" || s.progress.stage === "failed");
  const [late, setLate] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setLate(true), MONACO_AT_LATEST_MS);
    return () => clearTimeout(timer);
  }, []);
  return settled || late;
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
