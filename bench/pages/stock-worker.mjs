// The floor's worker: stock pyodide, loadPyodide(), nothing else. It posts
// when each phase ended (epoch ms), as the product's runtime worker does
// (src/runtime/worker.ts): each runtime file downloaded (resource timing),
// then Pyodide loaded (the wasm compiled and the interpreter started).
import { loadPyodide } from "/__bench__/stock-pyodide/pyodide.mjs";

const timeline = { "worker-start": performance.timeOrigin };
await loadPyodide({ indexURL: "/__bench__/stock-pyodide/" });
timeline["pyodide-loaded"] = performance.timeOrigin + performance.now();
for (const entry of performance.getEntriesByType("resource")) {
  timeline[`downloaded:${new URL(entry.name).pathname.split("/").pop()}`] = performance.timeOrigin + entry.responseEnd;
}
postMessage(timeline);
