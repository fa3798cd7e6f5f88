/**
 * The Python package versions the runtime serves (from the wheelhouse
 * manifest, fixed at build time by vite.config.ts), for "Run it locally".
 */
import type { RuntimePackage } from "../runtime/python-runtime";
import type { RuntimeAssets } from "../runtime/runtime-assets";

declare const __RUNTIME_ASSETS__: RuntimeAssets;

export const runtimeVersions: RuntimePackage[] = __RUNTIME_ASSETS__.packages;

/** The CPython version the app runs on, e.g. "3.14.2" (what `flask run`'s Server header names). */
export const pythonVersion: string = __RUNTIME_ASSETS__.python;

/** Werkzeug's version in the stack, e.g. "3.1.3". */
export const werkzeugVersion: string = runtimeVersions.find((p) => p.name === "werkzeug")?.version ?? "";

/**
 * What `pip install` needs for `code` (Python source) on the learner's
 * machine: Flask and Werkzeug pinned to the playground's versions, and each
 * extension the code imports (`import flask_cors`, `from flask_talisman import ...`).
 */
export function pipPins(code: string, packages: readonly RuntimePackage[] = runtimeVersions): string[] {
  const imported = (module: string) => new RegExp(`^[ \\t]*(?:from|import)[ \\t]+${module}\\b`, "m").test(code);
  return packages.filter((p) => ["flask", "werkzeug"].includes(p.name) || (p.extension && imported(p.module))).map((p) => `${p.name}==${p.version}`);
}
