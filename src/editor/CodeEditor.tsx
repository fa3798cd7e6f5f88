/**
 * The code editor: Monaco with Python, showing diagnostics as markers.
 * It knows nothing about lessons or the runtime.
 */
import Editor, { type OnMount } from "@monaco-editor/react";
import { useEffect, useRef } from "react";
import type { Caret } from "./caret";
import type { Diagnostic } from "./diagnostics";
import { monaco } from "./monaco-setup";

export interface CodeEditorProps {
  value: string;
  onChange(value: string): void;
  diagnostics: Diagnostic[];
  /** Follows the system's light or dark setting. */
  dark: boolean;
  /** Where the caret was in the plain editor Monaco replaces (PlainCodeEditor). */
  caret?: Caret;
}

const MARKER_OWNER = "flask-playground";

export default function CodeEditor({ value, onChange, diagnostics, dark, caret }: CodeEditorProps) {
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);

  const onMount: OnMount = (editor) => {
    editorRef.current = editor;
    performance.mark("monaco-ready");
    const model = editor.getModel();
    if (caret?.focused && model) {
      // The learner was typing in the plain editor: carry on where they were.
      const start = model.getPositionAt(caret.start);
      const end = model.getPositionAt(caret.end);
      editor.setSelection(new monaco.Selection(start.lineNumber, start.column, end.lineNumber, end.column));
      editor.focus();
    }
    applyMarkers(editor, diagnostics);
  };

  useEffect(() => {
    if (editorRef.current) applyMarkers(editorRef.current, diagnostics);
  }, [diagnostics]);

  return (
    <Editor
      language="python"
      value={value}
      theme={dark ? "vs-dark" : "vs"}
      onChange={(next) => onChange(next ?? "")}
      onMount={onMount}
      loading={<div className="editor-loading">Loading the editor…</div>}
      options={{
        fontSize: 14,
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        tabSize: 4,
        insertSpaces: true,
        automaticLayout: true,
        ariaLabel: "Flask app code (app.py)",
      }}
    />
  );
}

function applyMarkers(editor: monaco.editor.IStandaloneCodeEditor, diagnostics: Diagnostic[]): void {
  const model = editor.getModel();
  if (!model) return;
  monaco.editor.setModelMarkers(
    model,
    MARKER_OWNER,
    diagnostics.map((d) => ({
      startLineNumber: d.line,
      startColumn: d.column,
      endLineNumber: d.endLine,
      endColumn: d.endColumn,
      message: d.message,
      severity: d.severity === "error" ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
    })),
  );
}
