/**
 * The Python package versions the runtime serves (from the wheelhouse
 * manifest, fixed at build time by vite.config.ts), for "Run it locally".
 */
import type { RuntimeAssets } from "../runtime/runtime-assets";

declare const __RUNTIME_ASSETS__: RuntimeAssets;

export const runtimeVersions: { name: string; version: string }[] = __RUNTIME_ASSETS__.packages;
