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
import { PythonRuntime } from "./python-runtime";

const root = join(import.meta.dirname, "..", "..");

export interface NodeRuntime {
  runtime: PythonRuntime;
  logs: LogEntry[];
  /** How many times the rest of the standard library was fetched (stdlib_rest.py). */
  stdlibRestFetches: number;
}

export async function startNodeRuntime(): Promise<NodeRuntime> {
  // The same precompiled stack the browser gets (npm run setup builds it).
  const bytes = readFileSync(join(root, "public/wheels/flask-stack.zip"));
  const stack = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const indexURL = dirname(createRequire(import.meta.url).resolve("pyodide/package.json")) + "/";
  // The precompiled standard library, as the browser gets it.
  const pyodide = await loadPyodide({ indexURL, stdLibURL: join(root, "public/pyodide/python_stdlib.pyc.zip") });
  const logs: LogEntry[] = [];
  const node: Omit<NodeRuntime, "runtime"> = { logs, stdlibRestFetches: 0 };
  const runtime = PythonRuntime.start(pyodide, stack, runtimePythonFiles, {
    onLog: (entry) => logs.push(entry),
    stdlibRest: () => {
      node.stdlibRestFetches++;
      return readFileSync(join(root, "public/pyodide/python_stdlib_rest.pyc.zip"));
    },
  });
  return Object.assign(node, { runtime });
}
