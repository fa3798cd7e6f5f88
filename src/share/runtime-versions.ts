/**
 * The Python package versions the runtime serves (from the wheelhouse
 * manifest, fixed at build time by vite.config.ts), for "Run it locally".
 */
import type { RuntimeAssets } from "../runtime/runtime-assets";

declare const __RUNTIME_ASSETS__: RuntimeAssets;

export const runtimeVersions: { name: string; version: string }[] = __RUNTIME_ASSETS__.packages;

/** The CPython version the app runs on, e.g. "3.14.2" (what `flask run`'s Server header names). */
export const pythonVersion: string = __RUNTIME_ASSETS__.python;

/** Werkzeug's version in the stack, e.g. "3.1.3". */
export const werkzeugVersion: string = runtimeVersions.find((p) => p.name === "werkzeug")?.version ?? "";
