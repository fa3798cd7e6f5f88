import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { lessonModules } from "./scripts/lib/lesson-modules.js";
import type { RuntimeAssets } from "./src/runtime/runtime-assets";

const root = import.meta.dirname;

/** Files and sizes the runtime worker downloads; written by `npm run setup`. */
function runtimeAssets(): RuntimeAssets {
  const manifestPath = join(root, "public/wheels/manifest.json");
  if (!existsSync(manifestPath)) {
    throw new Error("public/wheels/manifest.json is missing: run `npm run setup` first.");
  }
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { packages: { name: string; version: string }[] };
  const pyodide = ["pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.pyc.zip", "pyodide-lock.json"].map((file) => ({
    file,
    size: statSync(join(root, "public/pyodide", file)).size,
  }));
  const stackPath = join(root, "public/wheels/flask-stack.zip");
  const stack = {
    file: "flask-stack.zip",
    size: statSync(stackPath).size,
    sha256: createHash("sha256").update(readFileSync(stackPath)).digest("hex"),
  };
  // The CPython the Pyodide build runs (src/runtime/flask-stack.test.ts checks it against sys.version).
  const lock = JSON.parse(readFileSync(join(root, "public/pyodide/pyodide-lock.json"), "utf8")) as { info: { python: string } };
  return { pyodide, stack, packages: manifest.packages.map(({ name, version }) => ({ name, version })), python: lock.info.python };
}

/**
 * The playground's own Content-Security-Policy, for the production build (the
 * dev server needs inline scripts for hot reload). Learners' code runs in the
 * Python worker; this keeps anything else from running in the page.
 * See docs/decisions/005-stopping-runaway-code.md for the threat model.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // Pyodide compiles WebAssembly; nothing else needs eval.
  "script-src 'self' 'wasm-unsafe-eval'",
  // Monaco and React set inline styles.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

const contentSecurityPolicy: Plugin = {
  name: "content-security-policy",
  apply: "build",
  transformIndexHtml: () => [
    { tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY }, injectTo: "head-prepend" },
  ],
};

/**
 * The entry (src/main.tsx) only starts the runtime worker, then imports the
 * UI (src/start-ui.tsx); preloading the UI's chunks from index.html keeps
 * that second step from costing a round trip.
 */
function preloadUi(): Plugin {
  let base = "/";
  return {
    name: "preload-ui",
    apply: "build",
    configResolved: (config) => {
      base = config.base;
    },
    transformIndexHtml: {
      order: "post",
      handler: (_html, { bundle }) => {
        const chunks = Object.values(bundle ?? {}).filter((c) => c.type === "chunk");
        const ui = chunks.find((c) => c.facadeModuleId?.endsWith("/src/start-ui.tsx"));
        if (!ui) throw new Error("preload-ui: no chunk for src/start-ui.tsx");
        // Every chunk the UI imports statically, also through another chunk:
        // each one the browser would otherwise find only after its importer ran.
        const byName = new Map(chunks.map((c) => [c.fileName, c]));
        const needed = new Set<string>();
        const visit = (file: string) => {
          if (needed.has(file)) return;
          needed.add(file);
          for (const imported of byName.get(file)?.imports ?? []) visit(imported);
        };
        visit(ui.fileName);
        const scripts = [...needed].filter((file) => !byName.get(file)?.isEntry);
        const styles = new Set([...needed].flatMap((file) => [...(byName.get(file)?.viteMetadata?.importedCss ?? [])]));
        return [
          ...[...styles].map((file) => ({
            tag: "link",
            attrs: { rel: "stylesheet", crossorigin: true, href: base + file },
            injectTo: "head" as const,
          })),
          ...scripts.map((file) => ({
            tag: "link",
            attrs: { rel: "modulepreload", crossorigin: true, href: base + file },
            injectTo: "head" as const,
          })),
        ];
      },
    },
  };
}

export default defineConfig(({ command, mode }) => ({
  plugins: [react(), lessonModules(), contentSecurityPolicy, preloadUi()],
  define: {
    __RUNTIME_ASSETS__: JSON.stringify(
      command === "build" || mode !== "test" ? runtimeAssets() : { pyodide: [], stack: { file: "", size: 0, sha256: "" }, packages: [], python: "" },
    ),
  },
  // pyodide loads its own files at run time from public/pyodide; do not pre-bundle it.
  optimizeDeps: { exclude: ["pyodide"] },
  worker: { format: "es" },
  build: { target: "es2022", chunkSizeWarningLimit: 4000 },
  test: {
    include: ["src/**/*.test.ts", "scripts/**/*.test.ts", "conformance/**/*.test.ts"],
    // Each Python suite boots its own Pyodide; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
}));
