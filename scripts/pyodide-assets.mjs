#!/usr/bin/env node
// Copy the Pyodide runtime from node_modules/pyodide into public/pyodide/ so
// the app serves it from its own origin (no CDN), in dev and in the build.
// Only the files a browser needs: the loader, the wasm module, the stdlib.
import { copyFileSync, mkdirSync, statSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const source = dirname(require.resolve("pyodide/package.json"));
const target = join(root, "public", "pyodide");

/** The files loadPyodide() fetches in a browser. */
export const PYODIDE_FILES = ["pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"];

mkdirSync(target, { recursive: true });
let copied = 0;
for (const file of PYODIDE_FILES) {
  const from = join(source, file);
  const to = join(target, file);
  if (existsSync(to) && statSync(to).size === statSync(from).size && statSync(to).mtimeMs >= statSync(from).mtimeMs) continue;
  copyFileSync(from, to);
  copied++;
}
const version = require("pyodide/package.json").version;
console.log(copied ? `pyodide ${version}: copied ${copied} file(s) to public/pyodide/` : `pyodide ${version}: public/pyodide/ up to date`);
