/**
 * Two versions of the code side by side (Monaco's diff editor, read-only).
 * Generic: it knows nothing about lessons.
 */
import { DiffEditor } from "@monaco-editor/react";
import "./monaco-setup";

export interface DiffViewProps {
  original: string;
  modified: string;
  originalLabel: string;
  modifiedLabel: string;
  dark: boolean;
}

export default function DiffView({ original, modified, originalLabel, modifiedLabel, dark }: DiffViewProps) {
  return (
    <div className="diff-view">
      <div className="diff-labels" aria-hidden="true">
        <span>{originalLabel}</span>
        <span>{modifiedLabel}</span>
      </div>
      <DiffEditor
        height="50vh"
        language="python"
        original={original}
        modified={modified}
        theme={dark ? "vs-dark" : "vs"}
        options={{ readOnly: true, originalEditable: false, renderSideBySide: true, minimap: { enabled: false }, automaticLayout: true }}
      />
    </div>
  );
}
