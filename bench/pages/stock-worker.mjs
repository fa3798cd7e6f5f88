// The floor's worker: stock pyodide, loadPyodide(), nothing else.
import { loadPyodide } from "/__bench__/stock-pyodide/pyodide.mjs";

await loadPyodide({ indexURL: "/__bench__/stock-pyodide/" });
postMessage("ready");
