import type { RuntimeAsset } from "./runtime-assets";

/**
 * The URL of a runtime file under `dir` ("https://host/base/pyodide/" or a
 * relative "pyodide/"), named by its content: `pyodide.asm.wasm?sha256=1a2b...`.
 * The worker fetches exactly the URLs the service worker precaches, so a first
 * visit's download fills the HTTP cache the precache then reads from, and a
 * new build's unchanged runtime is not fetched again (decision 014).
 */
export function versionedUrl(dir: string, asset: Pick<RuntimeAsset, "file" | "version">): string {
  return `${dir}${asset.file}?sha256=${asset.version}`;
}
