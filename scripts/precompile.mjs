#!/usr/bin/env node
// Precompile the Flask stack to bytecode with the same CPython the browser runs
// (Pyodide, in Node), and pack it, with its metadata, into one zip:
// public/wheels/flask-stack.zip. The runtime puts that zip on sys.path as it is
// (zipimport, like the standard library's own zip), so a start neither unpacks
// ~200 files nor compiles ~200 modules (about a second of a cold start, measured
// by bench/). Each module's .pyc sits where its .py would (zipimport does not read
// __pycache__), with unchecked-hash invalidation and the file name it has once
// mounted at STACK_ZIP_PATH. The .py files go to flask-stack-sources.zip, which
// the runtime fetches when a traceback first shows a line of Flask (on_demand.py).
// Each extension (a package the manifest marks `extension`) gets a zip of its
// own, public/wheels/extension-<module>.zip, sources and bytecode together
// (they are small), fetched the first time an app imports it (on_demand.py).
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const wheels = join(root, "public", "wheels");
const manifestPath = join(wheels, "manifest.json");
const out = join(wheels, "flask-stack.zip");
/** The stack's .py files, which only tracebacks read: fetched when one first shows a line of them (on_demand.py). */
const sourcesOut = join(wheels, "flask-stack-sources.zip");
const stdlibOut = join(root, "public", "pyodide", "python_stdlib.pyc.zip");
const stdlibRestOut = join(root, "public", "pyodide", "python_stdlib_rest.pyc.zip");
/** The standard library's modules a start needs (src/runtime/stdlib-core.test.ts keeps the list true). */
const coreListPath = join(root, "src", "runtime", "stdlib-core.txt");
/** Where the runtime mounts the stack (src/runtime/python-runtime.ts: STACK_ZIP_PATH). */
const STACK_ZIP_PATH = "/lib/flask-stack.zip";
/** Where the runtime mounts an extension's zip, and its file in public/wheels (on_demand.py: extension_path). */
const extensionZip = (module) => `extension-${module}.zip`;
const thisScript = fileURLToPath(import.meta.url);

if (!existsSync(manifestPath)) throw new Error("public/wheels/manifest.json is missing: run `npm run wheels` first.");
const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
const extensions = manifest.packages.filter((p) => p.extension);
if (
  existsSync(out) &&
  existsSync(stdlibOut) &&
  existsSync(stdlibRestOut) &&
  existsSync(sourcesOut) &&
  extensions.every((p) => existsSync(join(wheels, extensionZip(p.module)))) &&
  statSync(out).mtimeMs >= Math.max(statSync(manifestPath).mtimeMs, statSync(thisScript).mtimeMs, statSync(coreListPath).mtimeMs) &&
  !process.argv.includes("--force")
) {
  console.log("[precompile] flask-stack.zip and the standard library's zips up to date");
  process.exit(0);
}

const require = createRequire(import.meta.url);
const { loadPyodide } = await import("pyodide");
const pyodide = await loadPyodide({ indexURL: dirname(require.resolve("pyodide/package.json")) + "/" });
const sitePackages = pyodide.runPython("import os, sysconfig; os.path.normpath(sysconfig.get_paths()['purelib'])");
const unpackWheel = (file, extractDir) => {
  const bytes = readFileSync(join(wheels, file));
  pyodide.unpackArchive(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), "wheel", { extractDir });
};
for (const { file, extension } of manifest.packages) if (!extension) unpackWheel(file, sitePackages);
for (const { file, module } of extensions) unpackWheel(file, `/tmp/extensions/${module}`);
// The same for the standard library, which the pyodide package ships as .py
// sources in python_stdlib.zip, imported with zipimport from /lib/python314.zip
// (compiled at every start). The new zip holds each source and beside it an
// unchecked-hash .pyc; the worker loads it with loadPyodide({ stdLibURL }).
pyodide.FS.writeFile("/tmp/stdlib-src.zip", readFileSync(join(dirname(require.resolve("pyodide/package.json")), "python_stdlib.zip")));
// Split in two: the modules a start needs, and the rest, fetched on first import (on_demand.py).
const coreModules = readFileSync(coreListPath, "utf8")
  .split("\n")
  .filter((line) => line && !line.startsWith("#"));
pyodide.globals.set("core_modules", coreModules);
pyodide.globals.set(
  "extension_modules",
  extensions.map((p) => p.module),
);
const [stackFiles, stdlibFiles, restFiles] = pyodide
  .runPython(
    `
import importlib.util, os, sysconfig, zipfile
from importlib._bootstrap_external import _code_to_hash_pyc

# Stored, not deflated: the host compresses the whole archive (brotli, decision
# 015), which beats per-file deflate by far (the stdlib: 2.9 MB on the wire
# against 4.5 MB), and zipimport reads stored entries without inflating them.
STORED = zipfile.ZIP_STORED

def write_pyc(archive, source_name, data, code, date_time):
    """Beside source_name in archive: its unchecked-hash .pyc (valid whatever the mtimes)."""
    pyc = _code_to_hash_pyc(code, importlib.util.source_hash(data), checked=False)
    archive.writestr(zipfile.ZipInfo(source_name[:-3] + ".pyc", date_time=date_time), bytes(pyc), STORED)

def pack(folder, target, sources_target, mounted_at):
    """Zip folder for zipimport: an unchecked-hash .pyc for each .py and every other file; the .py files go to sources_target (None: beside their .pyc)."""
    files = 0
    with zipfile.ZipFile(target, "w", STORED) as archive, zipfile.ZipFile(sources_target or "/tmp/unused.zip", "w", STORED) as sources:
        for here, dirs, names in sorted(os.walk(folder)):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(names):
                path = os.path.join(here, name)
                relative = os.path.relpath(path, folder)
                with open(path, "rb") as handle:
                    data = handle.read()
                entry = zipfile.ZipInfo(relative, date_time=(1980, 1, 1, 0, 0, 0))
                if not name.endswith(".py"):
                    archive.writestr(entry, data, STORED)
                    files += 1
                    continue
                (sources if sources_target else archive).writestr(entry, data, STORED)
                code = compile(data, f"{mounted_at}/{relative}", "exec", dont_inherit=True)
                write_pyc(archive, relative, data, code, (1980, 1, 1, 0, 0, 0))
                files += 1
    return files

# Without the .py files the zip is ~40% smaller; tracebacks through the
# standard library then show no source lines (the learner's own lines are unaffected).
KEEP_SOURCES = False

def module_name(filename):
    """'email/mime/text.py' -> 'email.mime.text', 'json/__init__.py' -> 'json'; None for anything else."""
    if not filename.endswith(".py"):
        return None
    name = filename[:-3].replace("/", ".")
    return name[: -len(".__init__")] if name.endswith(".__init__") else name

def precompile_zip(source_zip, core_zip, rest_zip, core, mounted_at):
    """The stdlib as bytecode, split: modules named in core, and the rest (plus an index of it in core_zip)."""
    files = [0, 0]
    rest_names = []
    with zipfile.ZipFile(source_zip) as source, zipfile.ZipFile(core_zip, "w", STORED) as core_out, zipfile.ZipFile(rest_zip, "w", STORED) as rest_out:
        for info in source.infolist():
            data = source.read(info)
            name = module_name(info.filename)
            if name is None:
                # A folder: zipimport needs no entry for it, and one in the archive
                # without its __init__ would make it a namespace package there. Or
                # one of the 8 data files no import reads (README.txt, mypy.ini,
                # py.typed, macholib's scripts): left out too.
                continue
            side = 0 if name in core else 1
            target = (core_out, rest_out)[side]
            mounted = mounted_at[side]
            try:
                code = compile(data, f"{mounted}/{info.filename}", "exec", dont_inherit=True)
            except SyntaxError:
                code = None  # a template or a test fixture; zipimport will never load it
            if code is None or KEEP_SOURCES:
                info.compress_type = STORED
                target.writestr(info, data)
                files[side] += 1
            if code is None:
                continue
            write_pyc(target, info.filename, data, code, info.date_time)
            files[side] += 1
            if side:
                rest_names.append(name)
        missing = sorted(set(core) - {module_name(n) for n in source.namelist()})
        if missing:
            raise SystemExit(f"src/runtime/stdlib-core.txt names modules the standard library does not have: {missing}")
        core_out.writestr(zipfile.ZipInfo("python_stdlib_rest.txt", date_time=(1980, 1, 1, 0, 0, 0)), "\\n".join(sorted(rest_names)) + "\\n", STORED)
    return files

site_packages = os.path.normpath(sysconfig.get_paths()["purelib"])
for module in extension_modules:
    pack(f"/tmp/extensions/{module}", f"/tmp/extension-{module}.zip", None, f"/lib/extension-{module}.zip")
[pack(site_packages, "/tmp/flask-stack.zip", "/tmp/flask-stack-sources.zip", "${STACK_ZIP_PATH}"), *precompile_zip("/tmp/stdlib-src.zip", "/tmp/stdlib.zip", "/tmp/stdlib-rest.zip", set(core_modules.to_py()), ("/lib/python314.zip", "/lib/python_stdlib_rest.zip"))]
`,
  )
  .toJs();
writeFileSync(out, pyodide.FS.readFile("/tmp/flask-stack.zip"));
writeFileSync(sourcesOut, pyodide.FS.readFile("/tmp/flask-stack-sources.zip"));
writeFileSync(stdlibOut, pyodide.FS.readFile("/tmp/stdlib.zip"));
writeFileSync(stdlibRestOut, pyodide.FS.readFile("/tmp/stdlib-rest.zip"));
for (const { module } of extensions) writeFileSync(join(wheels, extensionZip(module)), pyodide.FS.readFile(`/tmp/extension-${module}.zip`));
console.log(
  `[precompile] wrote public/wheels/flask-stack.zip (${stackFiles} files, ${statSync(out).size} bytes) and its sources, flask-stack-sources.zip (${statSync(sourcesOut).size} bytes)`,
);
console.log(`[precompile] wrote public/pyodide/python_stdlib.pyc.zip (${stdlibFiles} files, ${statSync(stdlibOut).size} bytes)`);
for (const { module } of extensions) {
  console.log(`[precompile] wrote public/wheels/${extensionZip(module)} (${statSync(join(wheels, extensionZip(module))).size} bytes)`);
}
console.log(`[precompile] wrote public/pyodide/python_stdlib_rest.pyc.zip (${restFiles} files, ${statSync(stdlibRestOut).size} bytes)`);
