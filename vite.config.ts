import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import type { RuntimeAssets } from "./src/runtime/runtime-assets";

const root = import.meta.dirname;

/** Files and sizes the runtime worker downloads; written by `npm run setup`. */
function runtimeAssets(): RuntimeAssets {
  const manifestPath = join(root, "public/wheels/manifest.json");
  if (!existsSync(manifestPath)) {
    throw new Error("public/wheels/manifest.json is missing: run `npm run setup` first.");
  }
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { packages: { file: string; size: number }[] };
  const pyodide = ["pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"].map((file) => ({
    file,
    size: statSync(join(root, "public/pyodide", file)).size,
  }));
  return { pyodide, wheels: manifest.packages.map(({ file, size }) => ({ file, size })) };
}

export default defineConfig(({ command, mode }) => ({
  plugins: [react()],
  define: {
    __RUNTIME_ASSETS__: JSON.stringify(command === "build" || mode !== "test" ? runtimeAssets() : { pyodide: [], wheels: [] }),
  },
  // pyodide loads its own files at run time from public/pyodide; do not pre-bundle it.
  optimizeDeps: { exclude: ["pyodide"] },
  worker: { format: "es" },
  build: { target: "es2022", chunkSizeWarningLimit: 4000 },
  test: {
    include: ["src/**/*.test.ts", "scripts/**/*.test.ts"],
    // Each Python suite boots its own Pyodide; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
}));
