/**
 * Every numbered lesson's page files, as text, keyed "lessons/NN-slug/...",
 * all at once: for the tests that check all the lessons together
 * (content.test.ts, catalog.test.ts). The page itself never imports this: it
 * has the catalog (catalog.ts) and loads one lesson at a time
 * (load-lesson.ts). lessons/playground is not a lesson and is left out by the
 * pattern, and so are wrong/ and facts.json (lesson-proof-files.ts).
 */
import { withAppWorkspaces } from "./lesson-workspace";

const raw = import.meta.glob(
  [
    "../../lessons/[0-9]*/README.md",
    "../../lessons/[0-9]*/lesson.json",
    "../../lessons/[0-9]*/app-a/**/*",
    "../../lessons/[0-9]*/app-b/**/*",
    "!**/__pycache__/**",
  ],
  { query: "?raw", import: "default", eager: true },
) as Record<string, string>;

/** Glob results keyed by repo-relative path. */
export function repoRelative(files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([path, text]) => [path.replace(/^(\.\.\/)+/, ""), text]));
}

/** Each lesson's app-a/ and app-b/ as one workspace string under its app.py's path (lesson-workspace.ts). */
export const lessonSourceFiles = withAppWorkspaces(repoRelative(raw));
