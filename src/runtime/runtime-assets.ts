import type { RuntimePackage } from "./python-runtime";

/**
 * Which files the runtime downloads and how big they are, fixed at build time
 * (vite.config.ts reads public/pyodide and public/wheels/manifest.json), so the
 * worker can start every download at once and show true byte progress.
 */
export interface RuntimeAsset {
  file: string;
  size: number;
  /**
   * The first hex digits of the file's sha256: its URL carries them as a query
   * (`versionedUrl` in versioned-url.ts), so a URL names one content and can be cached as such.
   */
  version: string;
}

export interface RuntimeAssets {
  /** Files of the pyodide npm package, served from `<base>pyodide/`. */
  pyodide: RuntimeAsset[];
  /**
   * The standard library's modules a start does not need, served from
   * `<base>pyodide/` too and fetched on the first import of one of them
   * (playground_runtime/on_demand.py): not part of a start's downloads.
   */
  stdlibRest: RuntimeAsset;
  /** The Flask stack's .py sources, from `<base>wheels/`, fetched when a traceback first shows one of their lines (on_demand.py). */
  stackSources: RuntimeAsset;
  /** Flask and its dependencies, precompiled, in one zip served from `<base>wheels/` (scripts/precompile.mjs). */
  stack: RuntimeAsset & { sha256: string };
  /** The Python packages the runtime has, the extensions among them (marked `extension`). */
  packages: RuntimePackage[];
  /** Each extension's archive, from `<base>wheels/`, fetched the first time an app imports it (on_demand.py), by its module name. */
  extensions: Record<string, RuntimeAsset>;
  /** The CPython version of the Pyodide build (pyodide-lock.json), e.g. "3.14.2". */
  python: string;
}

declare const __RUNTIME_ASSETS__: RuntimeAssets;

export const runtimeAssets: RuntimeAssets = __RUNTIME_ASSETS__;
