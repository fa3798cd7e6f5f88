/**
 * The files the page needs of every numbered lesson, as text, keyed
 * "lessons/NN-slug/...". Vite inlines them at build time (and Vitest at test
 * time); lessons/playground is not a lesson and is left out by the pattern,
 * and so are wrong/ and facts.json, which only the tests read
 * (lesson-proof-files.ts).
 */
const raw = import.meta.glob(
  [
    "../../lessons/[0-9]*/README.md",
    "../../lessons/[0-9]*/lesson.json",
    "../../lessons/[0-9]*/app-a/app.py",
    "../../lessons/[0-9]*/app-b/app.py",
  ],
  { query: "?raw", import: "default", eager: true },
) as Record<string, string>;

/** Glob results keyed by repo-relative path. */
export function repoRelative(files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([path, text]) => [path.replace(/^(\.\.\/)+/, ""), text]));
}

export const lessonSourceFiles = repoRelative(raw);
