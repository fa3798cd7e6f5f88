/**
 * A memory snapshot of the interpreter with Flask imported, kept in the
 * browser's origin private file system, so a later visit skips CPython's start-up and
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

/**
 * The folder of the origin private file system (OPFS) that holds the
 * snapshot. A dedicated worker reads a file there in one synchronous call
 * (about 0.1 s for 31 MB) instead of taking a streamed body apart; in a
 * browser just started, opening the storage still costs about 1.2 s
 * (decision 007).
 */
export const SNAPSHOT_FOLDER = "python-snapshot";

/** Where earlier builds kept it (Cache Storage); deleted when a snapshot is saved. */
const OLD_SNAPSHOT_CACHE = "flask-playground-python-snapshot";

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
  /** The saved snapshot, or null; `onOpened` is called once the file is open, before it is read. */
  load(onOpened?: () => void): Promise<Uint8Array | null>;
  save(bytes: Uint8Array): Promise<void>;
  forget(): Promise<void>;
}

/**
 * A dedicated worker's synchronous access to an OPFS file: in TypeScript's
 * WebWorker library, not in the DOM one the tests compile this file against.
 */
interface SyncAccess {
  getSize(): number;
  read(into: Uint8Array, options: { at: number }): number;
  write(from: Uint8Array, options: { at: number }): number;
  truncate(size: number): void;
  flush(): void;
  close(): void;
}
type WorkerFileHandle = FileSystemFileHandle & { createSyncAccessHandle(): Promise<SyncAccess>; move(name: string): Promise<void> };

/** Snapshots for this build, in OPFS; a no-op store where there is none. */
export function snapshotStore(buildKey: string): SnapshotStore {
  // Neither OPFS nor crypto.subtle exists in Node or on an insecure origin.
  const storage = typeof navigator === "undefined" ? undefined : navigator.storage;
  // One file per build, named by a hash of the build's key (asked for only where there is storage).
  let named: Promise<string> | undefined;
  const name = () =>
    (named ??= crypto.subtle
      .digest("SHA-256", new TextEncoder().encode(buildKey))
      .then((hash) => [...new Uint8Array(hash)].map((byte) => byte.toString(16).padStart(2, "0")).join("") + ".snapshot"));
  const folder = async (create: boolean) => (await storage!.getDirectory()).getDirectoryHandle(SNAPSHOT_FOLDER, { create });
  return {
    async load(onOpened) {
      if (!storage?.getDirectory) return null;
      try {
        // Not created here: on a first visit that would be on the critical path.
        const file = (await (await folder(false)).getFileHandle(await name())) as WorkerFileHandle;
        const access = await file.createSyncAccessHandle();
        onOpened?.();
        try {
          const bytes = new Uint8Array(access.getSize());
          return access.read(bytes, { at: 0 }) === bytes.length ? bytes : null;
        } finally {
          access.close();
        }
      } catch {
        return null; // none saved, or another tab holds it
      }
    },
    async save(bytes) {
      if (!storage?.getDirectory) return;
      const dir = await folder(true);
      const final = await name();
      // One snapshot at a time: older builds' go.
      for await (const entry of dir.keys()) if (entry !== final) await dir.removeEntry(entry).catch(() => {});
      // Written under another name, then renamed: a tab closed mid-write leaves no half snapshot to restore.
      const partial = (await dir.getFileHandle(`${final}.partial`, { create: true })) as WorkerFileHandle;
      const access = await partial.createSyncAccessHandle();
      try {
        access.truncate(0);
        access.write(bytes, { at: 0 });
        access.flush();
      } finally {
        access.close();
      }
      await partial.move(final);
      if (typeof caches !== "undefined") await caches.delete(OLD_SNAPSHOT_CACHE).catch(() => false);
    },
    async forget() {
      if (!storage?.getDirectory) return;
      await (await folder(false)).removeEntry(await name()).catch(() => {});
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
