/**
 * Every file of every numbered lesson, as text, keyed "lessons/NN-slug/...".
 * Vite inlines them at build time (and Vitest at test time); lessons/playground
 * is not a lesson and is left out by the pattern.
 */
const raw = import.meta.glob("../../lessons/[0-9]*/**/*", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

export const lessonSourceFiles: Record<string, string> = Object.fromEntries(
  Object.entries(raw).map(([path, text]) => [path.replace(/^(\.\.\/)+/, ""), text]),
);
