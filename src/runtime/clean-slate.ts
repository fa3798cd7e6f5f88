/**
 * A clean interpreter for every app load, without booting a new one.
 *
 * `flask run --reload` starts a new process for each change, so nothing an
 * app did to the process (a patched class, os.environ, the cwd, a logger's
 * level, warnings filters, sys.modules, builtins, mimetypes...) survives into
 * the next. Undoing each kind in Python would be an endless list; instead the
 * runtime keeps a copy of the interpreter's whole WebAssembly memory taken
 * before any learner code ran, and copies it back before each load: the same
 * thing Pyodide's memory snapshots do at boot (memory-snapshot.ts), done in
 * place in a couple of milliseconds. See docs/decisions/009-clean-slate-per-load.md.
 *
 * What lives outside that memory is put back here too: the file system
 * trees an app may write to, the working directory and open file
 * descriptors (Emscripten keeps them in JavaScript), and the seed of
 * `random` (a copied memory would repeat the same "random" numbers).
 *
 * Safe only between calls into Python (no Python frame on the stack) and
 * while JavaScript holds no PyProxy made after the copy: the runtime ends
 * every open response before restoring (python-runtime.ts).
 */
import type { PyodideAPI } from "pyodide";

/** Trees an app can write to; everything else is the runtime's own (read-only in practice). */
const WRITABLE_TREES = ["/home/pyodide", "/tmp"];

interface EmscriptenFS {
  cwd(): string;
  chdir(path: string): void;
  readdir(path: string): string[];
  stat(path: string): { mode: number };
  isDir(mode: number): boolean;
  readFile(path: string): Uint8Array;
  writeFile(path: string, data: Uint8Array): void;
  mkdirTree(path: string): void;
  rmdir(path: string): void;
  unlink(path: string): void;
  streams: ({ fd: number } | null | undefined)[];
  close(stream: unknown): void;
}

interface Files {
  dirs: string[];
  files: Map<string, Uint8Array>;
}

function walk(fs: EmscriptenFS, root: string, visit: (path: string, isDir: boolean) => void): void {
  let names: string[];
  try {
    names = fs.readdir(root);
  } catch {
    return; // the tree is gone (an app removed it); it is recreated on restore
  }
  for (const name of names) {
    if (name === "." || name === "..") continue;
    const path = `${root}/${name}`;
    const isDir = fs.isDir(fs.stat(path).mode);
    visit(path, isDir);
    if (isDir) walk(fs, path, visit);
  }
}

function readFiles(fs: EmscriptenFS): Files {
  const dirs: string[] = [];
  const files = new Map<string, Uint8Array>();
  for (const root of WRITABLE_TREES) {
    dirs.push(root);
    walk(fs, root, (path, isDir) => (isDir ? dirs.push(path) : files.set(path, fs.readFile(path))));
  }
  return { dirs, files };
}

function removeTree(fs: EmscriptenFS, root: string): void {
  const dirs: string[] = [];
  walk(fs, root, (path, isDir) => (isDir ? dirs.push(path) : fs.unlink(path)));
  for (const dir of dirs.reverse()) fs.rmdir(dir);
}

export class CleanSlate {
  private constructor(
    private readonly pyodide: PyodideAPI,
    private readonly memory: Uint8Array,
    private readonly files: Files,
    private readonly cwd: string,
    private readonly openFds: Set<number>,
    private readonly reseed: () => void,
    private readonly forgetProxies: () => void,
  ) {}

  /**
   * Copy the interpreter as it is now. `reuse`, when big enough, holds the
   * copy instead of a new buffer: writing into pages already in memory (the
   * bytes of the snapshot the interpreter was restored from) is several
   * times faster than into a fresh allocation.
   */
  static take(pyodide: PyodideAPI, reuse?: Uint8Array): CleanSlate {
    // Made before the copy, so the copy holds its reference (a PyProxy made
    // after it would point at memory the restore takes back).
    const seed = pyodide.runPython("import random; random.seed") as () => void;
    const forgetProxies = guardFinalizers(pyodide);
    const heap = module(pyodide).HEAPU8;
    const memory = reuse && reuse.byteLength >= heap.byteLength ? reuse.subarray(0, heap.byteLength) : new Uint8Array(heap.byteLength);
    memory.set(heap);
    const fs = pyodide.FS as unknown as EmscriptenFS;
    const openFds = new Set(fs.streams.flatMap((stream, fd) => (stream ? [fd] : [])));
    return new CleanSlate(pyodide, memory, readFiles(fs), fs.cwd(), openFds, seed, forgetProxies);
  }

  /** Put the interpreter back as it was when taken. */
  restore(): void {
    const fs = this.pyodide.FS as unknown as EmscriptenFS;
    // Files the app left open: Python forgets them with its memory, Emscripten would not.
    fs.streams.forEach((stream, fd) => {
      if (stream && !this.openFds.has(fd)) fs.close(stream);
    });
    this.forgetProxies();
    module(this.pyodide).HEAPU8.set(this.memory);
    fs.chdir("/"); // Emscripten refuses to remove the working directory
    for (const root of WRITABLE_TREES) removeTree(fs, root);
    for (const dir of this.files.dirs) fs.mkdirTree(dir);
    for (const [path, bytes] of this.files.files) fs.writeFile(path, bytes);
    fs.chdir(this.cwd);
    // A fresh process seeds random from the OS; a copied memory would replay one seed.
    this.reseed();
  }
}

interface FinalizationTarget {
  ptr: number;
  cache?: unknown;
}

interface ProxyRegistry {
  register(target: object, held: FinalizationTarget, token?: object): void;
  unregister(token: object): boolean;
}

interface PyodideModule {
  HEAPU8: Uint8Array;
  finalizationRegistry: ProxyRegistry;
}

function module(pyodide: PyodideAPI): PyodideModule {
  return (pyodide as unknown as { _module: PyodideModule })._module;
}

/**
 * A PyProxy that JavaScript drops without destroy() is released by Pyodide's
 * FinalizationRegistry whenever the garbage collector gets to it: after a
 * restore that would release an object at an address the restored memory
 * uses for something else. Pyodide registers every proxy it hands out in
 * `Module.finalizationRegistry` (with the proxy's shared state as token), so
 * the registry is watched here: the returned function makes every proxy
 * still registered release nothing (Py_DecRef(NULL) is a no-op); the memory
 * they held is taken back by the restore anyway.
 */
function guardFinalizers(pyodide: PyodideAPI): () => void {
  const registry = module(pyodide).finalizationRegistry;
  // The registrations still pending, by their held value. Neither map keeps a
  // proxy alive (that would stop Pyodide ever releasing it): tokens are only
  // weak keys, and a second registry drops what the garbage collector took.
  const live = new Set<FinalizationTarget>();
  const byToken = new WeakMap<object, FinalizationTarget>();
  const collected = new FinalizationRegistry<FinalizationTarget>((held) => live.delete(held));
  const register = registry.register.bind(registry);
  const unregister = registry.unregister.bind(registry);
  registry.register = (target, held, token) => {
    live.add(held);
    if (token) byToken.set(token, held);
    collected.register(target, held);
    register(target, held, token);
  };
  registry.unregister = (token) => {
    const held = byToken.get(token);
    if (held) live.delete(held);
    return unregister(token);
  };
  return () => {
    for (const held of live) {
      held.ptr = 0;
      held.cache = undefined;
    }
    live.clear();
  };
}
