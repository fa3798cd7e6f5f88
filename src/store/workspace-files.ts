/**
 * A workspace of several files (app.py, templates/, static/, more modules)
 * held in one string: the store's `code`. A workspace of app.py alone is
 * app.py's text as it is, so everything saved, shared or exported before
 * there were several files still opens; with more files the string is a
 * marker line and a JSON object of path -> text. Everything that only keeps,
 * compares or sends the workspace (autosave and its two-tab rules, share
 * links, the reloader, lesson progress) handles one string as before; what
 * shows one file (the editor, its markers, "Download app.py") unpacks it.
 * The runtime unpacks it the same way (playground_runtime/workspace.py).
 * See docs/decisions/018-several-files.md.
 */

export const APP_FILE = "app.py";
/** The first line of a workspace of several files (a Python file never starts with it in practice). */
export const WORKSPACE_MARKER = "#%% flask-playground workspace 1";
export const MAX_FILES = 40;

/** path -> text, app.py first, then the others in path order. */
export type WorkspaceFiles = Record<string, string>;

/**
 * Where a file may live, as in a Flask project: a top-level module, or any
 * file under templates/ or static/. Not the runtime's own package.
 */
const MODULE = /^[A-Za-z_][A-Za-z0-9_]{0,63}\.py$/;
const SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$/;

/** Why `path` cannot be a file of the workspace, or null when it can. */
export function pathProblem(path: string): string | null {
  if (path.length === 0) return "Give the file a name.";
  if (MODULE.test(path)) return path.startsWith("playground_runtime") ? `${path} is the name of the playground's own runtime.` : null;
  const [folder, ...rest] = path.split("/");
  if (
    (folder === "templates" || folder === "static") &&
    rest.length >= 1 &&
    rest.length <= 4 &&
    rest.every((part) => SEGMENT.test(part) && part !== "..")
  ) {
    return null;
  }
  return `"${path}" can't be a file here: use a module such as helpers.py, or a file under templates/ or static/ (letters, digits, _ . -).`;
}

/** The files of a workspace string (a string without the marker is app.py alone). */
export function unpackWorkspace(code: string): WorkspaceFiles {
  if (!code.startsWith(WORKSPACE_MARKER + "\n")) return { [APP_FILE]: code };
  try {
    const parsed = JSON.parse(code.slice(WORKSPACE_MARKER.length + 1)) as unknown;
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) {
      const entries = Object.entries(parsed as Record<string, unknown>).filter(
        (entry): entry is [string, string] => typeof entry[1] === "string" && (entry[0] === APP_FILE || pathProblem(entry[0]) === null),
      );
      const files = Object.fromEntries(entries);
      return ordered({ [APP_FILE]: files[APP_FILE] ?? "", ...files });
    }
  } catch {
    // not JSON after all: the text is app.py's, marker line included
  }
  return { [APP_FILE]: code };
}

/** The workspace string of `files`: app.py's text alone when it is the only file. */
export function packWorkspace(files: WorkspaceFiles): string {
  const paths = Object.keys(files);
  if (paths.length === 1 && paths[0] === APP_FILE) return files[APP_FILE];
  return `${WORKSPACE_MARKER}\n${JSON.stringify(ordered(files), null, 1)}`;
}

function ordered(files: WorkspaceFiles): WorkspaceFiles {
  const others = Object.keys(files)
    .filter((path) => path !== APP_FILE)
    .sort();
  return Object.fromEntries([[APP_FILE, files[APP_FILE] ?? ""], ...others.map((path) => [path, files[path]])]);
}

/** The file list, app.py first. */
export const filePaths = (code: string): string[] => Object.keys(unpackWorkspace(code));

/** One file's text, or undefined when there is no such file. */
export const fileText = (code: string, path: string): string | undefined => unpackWorkspace(code)[path];

/** The workspace with `path` set to `text` (added when new). */
export function withFile(code: string, path: string, text: string): string {
  return packWorkspace({ ...unpackWorkspace(code), [path]: text });
}

/** The workspace without `path` (app.py stays). */
export function withoutFile(code: string, path: string): string {
  if (path === APP_FILE) return code;
  const files = unpackWorkspace(code);
  delete files[path];
  return packWorkspace(files);
}

/** The workspace with `from` renamed to `to`; throws with the reason when it can't be. */
export function renamedFile(code: string, from: string, to: string): string {
  const files = unpackWorkspace(code);
  if (from === APP_FILE) throw new Error("app.py is the app Flask runs: it keeps its name.");
  if (!(from in files)) throw new Error(`There is no ${from}.`);
  const problem = pathProblem(to);
  if (problem) throw new Error(problem);
  if (to !== from && to in files) throw new Error(`There is already a ${to}.`);
  const renamed = Object.fromEntries(Object.entries(files).map(([path, text]) => [path === from ? to : path, text]));
  return packWorkspace(renamed);
}

/** The workspace with a new empty file; throws with the reason when it can't be added. */
export function addedFile(code: string, path: string, text = ""): string {
  const files = unpackWorkspace(code);
  const problem = pathProblem(path);
  if (problem) throw new Error(problem);
  if (path in files) throw new Error(`There is already a ${path}.`);
  if (Object.keys(files).length >= MAX_FILES) throw new Error(`A workspace holds at most ${MAX_FILES} files.`);
  return packWorkspace({ ...files, [path]: text });
}
