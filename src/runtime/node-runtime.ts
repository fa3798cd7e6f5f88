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
}

export async function startNodeRuntime(): Promise<NodeRuntime> {
  const manifest = JSON.parse(readFileSync(join(root, "public/wheels/manifest.json"), "utf8")) as {
    packages: { file: string }[];
  };
  const wheels = manifest.packages.map(({ file }) => {
    const bytes = readFileSync(join(root, "public/wheels", file));
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  });
  const indexURL = dirname(createRequire(import.meta.url).resolve("pyodide/package.json")) + "/";
  const pyodide = await loadPyodide({ indexURL });
  const logs: LogEntry[] = [];
  const runtime = PythonRuntime.start(pyodide, wheels, runtimePythonFiles, { onLog: (entry) => logs.push(entry) });
  return { runtime, logs };
}
