/**
 * A memory snapshot of the interpreter with Flask imported, kept in the
 * browser's Cache Storage, so a later visit skips CPython's start-up and
 * Flask's import (~0.5 s of a warm start on a two-core machine, bench/).
 *
 * The first boot makes it (Pyodide's `_makeSnapshot`/`makeMemorySnapshot`),
 * at the one moment the interpreter holds no references to JavaScript
 * objects and has run no learner code: right after Flask and the runtime's
 * modules are imported. A snapshot is only ever used by the build that made
 * it (the key names the worker script, which Vite names by content, and the
 * Flask stack's hash); a snapshot that fails to restore is deleted and the
 * runtime boots the ordinary way.
 */
import type { PyodideAPI } from "pyodide";

/** The Cache Storage cache that holds the snapshot. */
export const SNAPSHOT_CACHE = "flask-playground-python-snapshot";

/**
 * The interpreter's memory now (booted with `_makeSnapshot`, Flask imported,
 * no JavaScript object held by Python yet). `_makeSnapshot` also gave the `js`
 * module a tracking proxy of the global scope, on which `js.self`,
 * `js.fetch`... fail with "Illegal invocation": from here on `js` is `scope`
 * itself, as in an interpreter restored from the snapshot.
 */
export function takeSnapshot(pyodide: PyodideAPI, scope: object): Uint8Array {
  const snapshot = pyodide.makeMemorySnapshot();
  pyodide.registerJsModule("js", scope);
  pyodide.runPython("import sys; sys.modules.pop('js', None)");
  return snapshot;
}

export interface SnapshotStore {
  load(): Promise<Uint8Array | null>;
  save(bytes: Uint8Array): Promise<void>;
  forget(): Promise<void>;
}

/** Snapshots for this build, in Cache Storage; a no-op store where there is none (Node, insecure origins). */
export function snapshotStore(buildKey: string): SnapshotStore {
  const url = new URL(`/__python-snapshot__/${encodeURIComponent(buildKey)}`, self.location.origin).href;
  const open = () => (typeof caches === "undefined" ? null : caches.open(SNAPSHOT_CACHE).catch(() => null));
  return {
    async load() {
      if (typeof caches === "undefined") return null;
      // Not caches.open(): on a first visit that would create the cache, on the critical path.
      const hit = await caches.match(url, { cacheName: SNAPSHOT_CACHE }).catch(() => undefined);
      return hit ? new Uint8Array(await hit.arrayBuffer()) : null;
    },
    async save(bytes) {
      const cache = await open();
      if (!cache) return;
      // One snapshot at a time: older builds' go.
      for (const request of await cache.keys()) if (request.url !== url) await cache.delete(request);
      await cache
        .put(url, new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { "content-type": "application/octet-stream" } }))
        .catch(() => {});
    },
    async forget() {
      await (await open())?.delete(url);
    },
  };
}

/** A short hash of some text (FNV-1a, 32 bits), to tell versions apart in a key. */
export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}
