/**
 * Where to mark the learner's code: the line a syntax error stopped at, or the
 * deepest frame of a traceback that is in the file the editor shows.
 */
import type { PythonError } from "../runtime/protocol";

/** A mark on a range of the code, 1-based like Monaco. */
export interface Diagnostic {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  severity: "error" | "warning";
}

/** Where the workspace's files live in the runtime (playground_runtime/workspace.py: ROOT). */
const WORKSPACE_ROOT = "/home/pyodide/";

/** The mark for `error` in the workspace file `path` (app.py unless said), or null when it points elsewhere. */
export function diagnosticFor(error: PythonError, lineLength: (line: number) => number, path = "app.py"): Diagnostic | null {
  const message = `${error.type}: ${error.message}`;
  if (error.syntax && (error.syntax.file ?? "app.py") !== path) return null;
  if (error.syntax) {
    const { line, column, endLine, endColumn } = error.syntax;
    const sameLineEnd = endLine === line && endColumn && endColumn > column ? endColumn : column + 1;
    return { line, column, endLine: line, endColumn: sameLineEnd, message, severity: "error" };
  }
  const frame = error.frames.findLast((f) => f.user && f.file === WORKSPACE_ROOT + path);
  if (!frame) return null;
  return { line: frame.line, column: 1, endLine: frame.line, endColumn: lineLength(frame.line) + 1, message, severity: "error" };
}
