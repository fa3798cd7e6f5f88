/**
 * A lesson's apps are folders (app-a/, app-b/): app.py, and beside it any
 * templates/, static/ files and modules the lesson ships. The page and the
 * tests both get each as one workspace string (store/workspace-files.ts),
 * under the key of its app.py, so a lesson of app.py alone reads as before.
 */
import { APP_FILE, packWorkspace } from "../store/workspace-files.js";

/** The workspace of `folder` ("lessons/18-templates/app-a"), from files keyed by repo-relative path. */
export function folderWorkspace(files: Record<string, string>, folder: string): string | undefined {
  const prefix = `${folder}/`;
  const inside = Object.entries(files)
    .filter(([path]) => path.startsWith(prefix))
    .map(([path, text]): [string, string] => [path.slice(prefix.length), text]);
  if (!inside.some(([path]) => path === APP_FILE)) return undefined;
  return packWorkspace(Object.fromEntries(inside));
}

/** The app folders' files folded into their app.py key: "lessons/X/app-a/app.py" -> the workspace of lessons/X/app-a. */
export function withAppWorkspaces(files: Record<string, string>): Record<string, string> {
  const appFolder = /^(lessons\/[^/]+\/app-[ab])\/(.+)$/;
  const out: Record<string, string> = {};
  for (const [path, text] of Object.entries(files)) {
    const match = appFolder.exec(path);
    if (!match) out[path] = text;
    else if (match[2] === APP_FILE) out[path] = folderWorkspace(files, match[1])!;
  }
  return out;
}
