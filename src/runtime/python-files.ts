/**
 * The runtime's own Python package, as files to write into Pyodide's file system.
 * Vite inlines them at build time; they stay real .py files in the repo so they
 * can be read, linted and unit-tested.
 */
const sources = import.meta.glob("./python/playground_runtime/*.py", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

/** Path inside Pyodide's file system -> source text. */
export const runtimePythonFiles: Record<string, string> = Object.fromEntries(
  Object.entries(sources).map(([path, text]) => [`/home/pyodide/${path.slice("./python/".length)}`, text]),
);
