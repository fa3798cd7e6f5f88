/**
 * The runtime's memory figures (python-runtime.ts stats()), which the load
 * test and the bench judge leaks by: malloc's bytes in use follow what Python
 * holds, up and back down, while the wasm memory only grows.
 */
import { expect, it } from "vitest";
import { startNodeRuntime } from "./node-runtime";

it("heap in use rises with what Python holds and falls when it lets go; the wasm memory does not fall", async () => {
  const node = await startNodeRuntime();
  const before = node.runtime.stats();
  node.runtime.pyodide.runPython("held = [bytes(1000) for _ in range(20_000)]");
  const holding = node.runtime.stats();
  node.runtime.pyodide.runPython("del held");
  const after = node.runtime.stats();

  expect(holding.heapInUseBytes - before.heapInUseBytes).toBeGreaterThan(20_000_000);
  expect(Math.abs(after.heapInUseBytes - before.heapInUseBytes)).toBeLessThan(1_000_000);
  expect(holding.wasmMemoryBytes).toBeGreaterThan(before.wasmMemoryBytes);
  expect(after.wasmMemoryBytes).toBe(holding.wasmMemoryBytes);
  expect(after.heapInUseBytes).toBeLessThan(after.wasmMemoryBytes);
});
