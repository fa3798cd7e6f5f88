/** Save the code as app.py or the whole project as a zip (or any text as a file), and read a local .py file or project zip. */
import { strToU8, unzipSync, zipSync } from "fflate";
import { APP_FILE, MAX_FILES, packWorkspace, pathProblem, unpackWorkspace } from "../../store/workspace-files";

export function downloadAppFile(code: string, name = "app.py"): void {
  downloadFile(code, name, "text/x-python");
}

/** Let the browser save `text` (or bytes) as a file called `name`. */
export function downloadFile(text: string | Uint8Array<ArrayBuffer>, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement("a"), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The largest file opened into the editor: more is surely not an app.py. */
export const MAX_OPEN_BYTES = 1_000_000;

export async function readPythonFile(file: File): Promise<string> {
  if (file.size > MAX_OPEN_BYTES) throw new Error(`${file.name} is ${file.size.toLocaleString("en")} bytes; the editor opens files up to 1 MB.`);
  const notText = `${file.name} is not a text file, so it cannot be an app: open a .py file (Python source saved as UTF-8 text). Your code was not changed.`;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    throw new Error(notText);
  }
  if (text.includes("\u0000")) throw new Error(notText);
  return text;
}

/** The project as a zip: every file of the workspace at its path, as `flask run` expects them on disk. */
export function projectZip(code: string): Uint8Array<ArrayBuffer> {
  const files = unpackWorkspace(code);
  // A fixed date: the same project gives the same bytes.
  const mtime = new Date(2000, 0, 1);
  return zipSync(Object.fromEntries(Object.entries(files).map(([path, text]) => [path, [strToU8(text), { mtime }]]))) as Uint8Array<ArrayBuffer>;
}

export function downloadProject(code: string, name = "flask-app.zip"): void {
  downloadFile(projectZip(code), name, "application/zip");
}

/**
 * A project zip's files as a workspace string. Files may sit in one top
 * folder (as a downloaded repository's do); folders and hidden files are
 * skipped; anything else that cannot be a file of the workspace, or is not
 * UTF-8 text, is refused with its name.
 */
export function workspaceFromZip(bytes: Uint8Array, name: string): string {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch {
    throw new Error(`${name} is not a zip file the playground can read. Your code was not changed.`);
  }
  const paths = Object.keys(entries).filter(
    (path) => !path.endsWith("/") && !path.split("/").some((part) => part.startsWith(".") || part === "__MACOSX"),
  );
  const top = paths.every((path) => path.includes("/")) ? `${paths[0]?.split("/")[0]}/` : "";
  const prefix = top && paths.every((path) => path.startsWith(top)) && paths.some((path) => path === `${top}${APP_FILE}`) ? top : "";
  const files: Record<string, string> = {};
  for (const path of paths) {
    const inner = path.slice(prefix.length);
    if (inner.startsWith("__pycache__/") || inner.endsWith(".pyc")) continue;
    const problem = inner === APP_FILE ? null : pathProblem(inner);
    if (problem) throw new Error(`${name}: ${problem} Your code was not changed.`);
    try {
      files[inner] = new TextDecoder("utf-8", { fatal: true }).decode(entries[path]);
    } catch {
      throw new Error(`${name}: ${inner} is not UTF-8 text; the playground holds text files only. Your code was not changed.`);
    }
  }
  if (!(APP_FILE in files)) throw new Error(`${name} has no app.py at its top: the playground runs app.py. Your code was not changed.`);
  if (Object.keys(files).length > MAX_FILES) throw new Error(`${name} has more than ${MAX_FILES} files. Your code was not changed.`);
  return packWorkspace(files);
}
