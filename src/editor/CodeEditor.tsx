/**
 * The code editor: Monaco with Python, showing diagnostics as markers.
 * It knows nothing about lessons or the runtime.
 *
 * Keyboard: Tab indents, as in any code editor; Esc then Tab (or Shift+Tab)
 * leaves the editor for the next (or previous) control, so the editor is no
 * keyboard trap. Monaco's own Ctrl+M (tab moves focus) works too.
 */
import Editor, { type OnMount } from "@monaco-editor/react";
import { useEffect, useEffectEvent, useLayoutEffect, useRef } from "react";
import type { Caret } from "./caret";
import { editorLabel, editorLanguage } from "./file-label";
import type { Diagnostic } from "./diagnostics";
import { focusNextAfter } from "./leave-editor";
import { monaco } from "./monaco-setup";

export interface CodeEditorProps {
  value: string;
  onChange(value: string): void;
  diagnostics: Diagnostic[];
  /** Follows the system's light or dark setting. */
  dark: boolean;
  /** Where the caret was in the plain editor Monaco replaces (PlainCodeEditor). */
  caret?: Caret;
  /**
   * False while Monaco is mounted but hidden behind the plain editor the
   * learner may still be typing in; when it turns true, Monaco takes the
   * text, caret and focus in the same task, so no keystroke falls between.
   */
  active?: boolean;
  /** Monaco is ready to take over. */
  onMounted?(): void;
  /** The workspace file shown (app.py unless said). */
  path?: string;
}

const MARKER_OWNER = "flask-playground";

export default function CodeEditor({ value, onChange, diagnostics, dark, caret, active = true, onMounted, path = "app.py" }: CodeEditorProps) {
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  /** The last text this editor reported; any other value comes from outside (a lesson opened, a reset). */
  const emitted = useRef(value);

  const onMount: OnMount = (editor) => {
    editorRef.current = editor;
    performance.mark("monaco-ready");
    applyMarkers(editor, diagnostics);
    // Esc then Tab leaves the editor instead of indenting (WAI-ARIA's advice for widgets that use Tab).
    let escaped = false;
    const modifiers = [monaco.KeyCode.Shift, monaco.KeyCode.Ctrl, monaco.KeyCode.Alt, monaco.KeyCode.Meta];
    editor.onKeyDown((event) => {
      if (modifiers.includes(event.keyCode)) return; // Shift on its way to Shift+Tab
      if (event.keyCode === monaco.KeyCode.Escape) {
        escaped = true;
        return;
      }
      if (escaped && event.keyCode === monaco.KeyCode.Tab && !event.ctrlKey && !event.altKey && !event.metaKey) {
        event.preventDefault();
        event.stopPropagation();
        focusNextAfter(editor.getContainerDomNode(), event.shiftKey ? -1 : 1);
      }
      escaped = false;
    });
    onMounted?.();
  };

  // Take over from the plain editor: its latest text, then its caret and focus.
  // An effect event: it reads the current value and caret without running again when they change.
  const takeOver = useEffectEvent(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model) return;
    if (model.getValue() !== value) model.setValue(value);
    emitted.current = value;
    editor.layout();
    if (caret?.focused) {
      const start = model.getPositionAt(caret.start);
      const end = model.getPositionAt(caret.end);
      editor.setSelection(new monaco.Selection(start.lineNumber, start.column, end.lineNumber, end.column));
      editor.revealPositionInCenterIfOutsideViewport(end);
      editor.focus();
    }
  });

  useLayoutEffect(() => {
    // Only when turning active: later values arrive through <Editor value>.
    if (active) takeOver();
  }, [active]);

  useEffect(() => {
    const editor = editorRef.current;
    if (!editor || value === emitted.current) return;
    // New code from outside (Editor, a child, has already put it in the model):
    // start at its first line and column, not scrolled to where the old code's caret was.
    emitted.current = value;
    editor.setPosition({ lineNumber: 1, column: 1 });
    editor.setScrollPosition({ scrollLeft: 0, scrollTop: 0 });
  }, [value]);

  useEffect(() => {
    if (editorRef.current) applyMarkers(editorRef.current, diagnostics);
  }, [diagnostics]);

  return (
    <Editor
      // One model per file (its own undo history); `value` keeps it in step with the workspace.
      path={path}
      language={editorLanguage(path)}
      value={value}
      theme={dark ? "vs-dark" : "vs"}
      onChange={(next) => {
        emitted.current = next ?? "";
        onChange(next ?? "");
      }}
      onMount={onMount}
      loading={null}
      options={{
        fontSize: 14,
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        tabSize: 4,
        insertSpaces: true,
        automaticLayout: true,
        ariaLabel: `${editorLabel(path)}. Esc then Tab leaves the editor.`,
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
