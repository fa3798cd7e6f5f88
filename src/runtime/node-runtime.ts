/**
 * Boot the same PythonRuntime the worker uses, on Node, for Vitest suites:
 * real CPython (Pyodide) and the real Flask wheels from public/wheels.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { loadPyodide } from "pyodide";
import type { LogEntry } from "./protocol";
import { runtimePythonFiles } from "./python-files";
import { PythonRuntime, type OnDemandArchive, type RuntimePackage } from "./python-runtime";

const root = join(import.meta.dirname, "..", "..");

/** Where the build keeps each archive fetched on demand (scripts/precompile.mjs). */
const ON_DEMAND_FILES: Record<string, string> = {
  "stdlib-rest": "public/pyodide/python_stdlib_rest.pyc.zip",
  "stack-sources": "public/wheels/flask-stack-sources.zip",
};
const onDemandFile = (name: OnDemandArchive) => ON_DEMAND_FILES[name] ?? `public/wheels/${name}.zip`;

export interface NodeRuntime {
  runtime: PythonRuntime;
  logs: LogEntry[];
  /** The archives fetched on demand so far, in order (on_demand.py). */
  fetched: OnDemandArchive[];
}

export async function startNodeRuntime(): Promise<NodeRuntime> {
  // The same precompiled stack the browser gets (npm run setup builds it).
  const bytes = readFileSync(join(root, "public/wheels/flask-stack.zip"));
  const stack = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const indexURL = dirname(createRequire(import.meta.url).resolve("pyodide/package.json")) + "/";
  // The precompiled standard library, as the browser gets it.
  const pyodide = await loadPyodide({ indexURL, stdLibURL: join(root, "public/pyodide/python_stdlib.pyc.zip") });
  const logs: LogEntry[] = [];
  const node: Omit<NodeRuntime, "runtime"> = { logs, fetched: [] };
  const runtime = PythonRuntime.start(pyodide, stack, runtimePythonFiles, {
    onLog: (entry) => logs.push(entry),
    archive: (name) => {
      node.fetched.push(name);
      return readFileSync(join(root, onDemandFile(name)));
    },
    packages: (JSON.parse(readFileSync(join(root, "public/wheels/manifest.json"), "utf8")) as { packages: RuntimePackage[] }).packages,
  });
  return Object.assign(node, { runtime });
}
