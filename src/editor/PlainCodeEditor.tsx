/**
 * The editor while Monaco is not loaded yet: a plain text area holding the
 * same code, editable from first paint. Monaco (4 MB of JavaScript) is only
 * loaded once Python is up (EditorHost.tsx): on a two-core machine, parsing
 * it while Python boots slowed the first response by ~300 ms (bench/).
 * Tab keeps its usual meaning here (moving focus), so the field is no
 * keyboard trap; Monaco, a second later, indents with it.
 */
import { useEffect, useRef } from "react";
import { editorLabel } from "./file-label";
import type { Caret } from "./caret";

export interface PlainCodeEditorProps {
  value: string;
  onChange(value: string): void;
  /** Where the caret is, shared with Monaco so swapping editors keeps it. */
  caret: Caret;
  /** The workspace file shown (app.py unless said). */
  path?: string;
}

export function PlainCodeEditor({ value, onChange, caret, path = "app.py" }: PlainCodeEditorProps) {
  const ref = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    const area = ref.current!;
    // For the benchmark (bench/): when the code became visible and editable.
    if (performance.getEntriesByName("editor-ready").length === 0) performance.mark("editor-ready");
    const { start, end, focused } = caret;
    area.setSelectionRange(start, end);
    if (focused) area.focus();
    // Once per mount (the host keeps one caret): from then on the caret is read back on every change below.
  }, [caret]);

  const remember = () => {
    const area = ref.current!;
    // Only the learner's own caret: a programmatic value change also moves it (to the end).
    if (document.activeElement !== area) return;
    // eslint-disable-next-line react-hooks/immutability -- the caret is a box the host shares with Monaco on purpose: written in handlers, never read to render.
    caret.start = area.selectionStart;
    caret.end = area.selectionEnd;
    caret.focused = document.activeElement === area;
  };

  return (
    <textarea
      ref={ref}
      className="plain-editor"
      aria-label={editorLabel(path)}
      spellCheck={false}
      autoCapitalize="off"
      autoComplete="off"
      value={value}
      // eslint-disable-next-line react-hooks/immutability -- remember() writes the shared caret box (see there).
      onChange={(event) => {
        onChange(event.target.value);
        remember();
      }}
      onSelect={remember}
      onFocus={remember}
      onBlur={(event) => {
        // Not when the field is being swapped for Monaco: then focus moves to it.
        // eslint-disable-next-line react-hooks/immutability -- the shared caret box (see remember()).
        if (event.currentTarget.isConnected) caret.focused = false;
      }}
    />
  );
}
