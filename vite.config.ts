import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { lessonModules } from "./scripts/lib/lesson-modules.js";
import { precompress } from "./scripts/lib/precompress.mjs";
import { VitePWA } from "vite-plugin-pwa";
import type { ManifestTransform } from "workbox-build";
import type { RuntimePackage } from "./src/runtime/python-runtime";
import type { RuntimeAssets } from "./src/runtime/runtime-assets";
import { versionedUrl } from "./src/runtime/versioned-url.ts";

const root = import.meta.dirname;

/** The first 16 hex digits of a file's sha256: the version in its URL (src/runtime/versioned-url.ts). */
const contentVersion = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex").slice(0, 16);

/** Files and sizes the runtime worker downloads; written by `npm run setup`. */
function runtimeAssets(): RuntimeAssets {
  const manifestPath = join(root, "public/wheels/manifest.json");
  if (!existsSync(manifestPath)) {
    throw new Error("public/wheels/manifest.json is missing: run `npm run setup` first.");
  }
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { packages: RuntimePackage[] };
  // What loadPyodide() fetches in the worker (src/runtime/worker.ts); python_stdlib.zip is not among them: the
  // worker loads the precompiled python_stdlib.pyc.zip instead (scripts/precompile.mjs).
  const asset = (file: string, folder = "public/pyodide") => {
    const path = join(root, folder, file);
    return { file, size: statSync(path).size, version: contentVersion(readFileSync(path)) };
  };
  const pyodide = ["pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.pyc.zip", "pyodide-lock.json"].map((file) => asset(file));
  const stackPath = join(root, "public/wheels/flask-stack.zip");
  const stackBytes = readFileSync(stackPath);
  const stack = {
    file: "flask-stack.zip",
    size: stackBytes.byteLength,
    version: contentVersion(stackBytes),
    sha256: createHash("sha256").update(stackBytes).digest("hex"),
  };
  // The CPython the Pyodide build runs (src/runtime/flask-stack.test.ts checks it against sys.version).
  const lock = JSON.parse(readFileSync(join(root, "public/pyodide/pyodide-lock.json"), "utf8")) as { info: { python: string } };
  return {
    pyodide,
    stdlibRest: asset("python_stdlib_rest.pyc.zip"),
    stack,
    stackSources: asset("flask-stack-sources.zip", "public/wheels"),
    packages: manifest.packages.map(({ name, version, module, extension }) => ({ name, version, module, ...(extension ? { extension } : {}) })),
    // scripts/precompile.mjs packs each extension into a zip of its own.
    extensions: Object.fromEntries(
      manifest.packages.filter((p) => p.extension).map(({ module }) => [module, asset(`extension-${module}.zip`, "public/wheels")]),
    ),
    python: lock.info.python,
  };
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

/** The runtime's files as the worker fetches them, relative to the base: "pyodide/pyodide.asm.wasm?sha256=...". */
function runtimeFiles(assets: RuntimeAssets): Map<string, string> {
  return new Map([
    ...[...assets.pyodide, assets.stdlibRest].map((asset) => [`pyodide/${asset.file}`, versionedUrl("pyodide/", asset)] as const),
    ...[assets.stack, assets.stackSources, ...Object.values(assets.extensions)].map(
      (asset) => [`wheels/${asset.file}`, versionedUrl("wheels/", asset)] as const,
    ),
  ]);
}

/**
 * The service worker's precache list names the runtime's files as the worker
 * fetches them, with their content in the URL and no revision: Workbox then
 * fetches them with the HTTP cache allowed (`cache: "default"`), so on a first
 * visit it revalidates what the worker has just downloaded instead of
 * downloading 17 MB again (a revision would make it bypass the cache).
 */
function versionRuntimeFiles(assets: RuntimeAssets): ManifestTransform {
  const files = runtimeFiles(assets);
  return (entries) => ({
    manifest: entries.map((entry) => (files.has(entry.url) ? { ...entry, url: files.get(entry.url)!, revision: null } : entry)),
    warnings: [],
  });
}

/**
 * The installable app's manifest; colours are the light theme's tokens
 * (src/ui/app.css: --bg, --accent). start_url and scope default to the base.
 */
const WEB_APP_MANIFEST = {
  name: "Flask Response Playground",
  short_name: "Flask Playground",
  description: "Learn what Flask turns a return value into: real Flask on Pyodide, in the browser, offline too.",
  lang: "en",
  display: "standalone" as const,
  background_color: "#ffffff",
  theme_color: "#0550ae",
  icons: [
    { src: "icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
    { src: "icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
    { src: "icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
  ],
};

/**
 * One service worker that keeps this build offline and answers the virtual
 * server (src/sw/sw.ts; docs/decisions/014-one-service-worker.md). The page
 * registers it itself (src/bridge/service-worker.ts). The dev server has no
 * offline copy: there the page registers msw's own worker script.
 */
function serviceWorker(assets: RuntimeAssets) {
  return VitePWA({
    strategies: "injectManifest",
    srcDir: "src/sw",
    filename: "sw.ts",
    injectRegister: false,
    manifest: WEB_APP_MANIFEST,
    injectManifest: {
      // A classic worker: msw's script is loaded with importScripts(), which module workers lack.
      rollupFormat: "iife",
      // (The manifest and its icons are added by the plugin.)
      globPatterns: ["index.html", "embed.html", "assets/*", "favicon.svg", "mockServiceWorker.js", ...runtimeFiles(assets).keys()],
      // The build's .br and .gz copies are for the host to send (scripts/lib/precompress.mjs), not files of their own.
      globIgnores: ["**/*.br", "**/*.gz"],
      // Vite names every file under assets/ by its content: no revision needed, so Workbox may use the HTTP cache.
      dontCacheBustURLsMatching: /^assets\//,
      // pyodide.asm.wasm is 9.6 MB.
      maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
      manifestTransforms: [versionRuntimeFiles(assets)],
    },
    devOptions: { enabled: false },
  });
}

export default defineConfig(({ command, mode }) => {
  const assets =
    command === "build" || mode !== "test"
      ? runtimeAssets()
      : {
          pyodide: [],
          stdlibRest: { file: "", size: 0, version: "" },
          stack: { file: "", size: 0, version: "", sha256: "" },
          stackSources: { file: "", size: 0, version: "" },
          packages: [],
          extensions: {},
          python: "",
        };
  return {
    plugins: [react(), lessonModules(), contentSecurityPolicy, preloadUi(), ...(mode === "test" ? [] : [...serviceWorker(assets), precompress()])],
    define: {
      __RUNTIME_ASSETS__: JSON.stringify(assets),
    },
    // pyodide loads its own files at run time from public/pyodide; do not pre-bundle it.
    optimizeDeps: { exclude: ["pyodide"] },
    worker: { format: "es" },
    build: {
      target: "es2022",
      chunkSizeWarningLimit: 4000,
      // The playground, and the embed (one example for another site's page: src/ui/EmbedApp.tsx).
      rolldownOptions: { input: { main: join(root, "index.html"), embed: join(root, "embed.html") } },
    },
    test: {
      include: ["src/**/*.test.ts", "scripts/**/*.test.ts", "conformance/**/*.test.ts", "bench/**/*.test.ts"],
      // Each Python suite boots its own Pyodide; give them room on a 2-core machine.
      testTimeout: 60_000,
      // Vitest empties CSS imports, `?raw` ones too, unless asked: lessons ship static/*.css as text.
      css: { include: [/\/lessons\//] },
      hookTimeout: 120_000,
    },
  };
});
