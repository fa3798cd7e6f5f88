// The gzip size of the JavaScript a first paint needs: the entry script of
// dist/index.html and the chunks it preloads (Monaco and Pyodide load later,
// and so does each lesson's content: src/lessons/load-lesson.ts).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/**
 * The most first-paint JavaScript may weigh, gzipped (bytes). `npm test`
 * fails above it (bench/run.mjs --smoke): a first paint on a slow phone
 * connection should not wait for more.
 */
export const FIRST_PAINT_JS_GZIP_BUDGET = 200 * 1024;

export function firstPaintJsGzip(dist) {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const files = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)].map((m) => m[1]);
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file.replace(/^\//, "")))).byteLength, 0);
}

/** Null if `bytes` of first-paint JavaScript fit the budget, else what is wrong, in words. */
export function firstPaintOverBudget(bytes, budget = FIRST_PAINT_JS_GZIP_BUDGET) {
  if (bytes <= budget) return null;
  const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
  return (
    `first_paint_js_gzip is ${bytes} bytes (${kib(bytes)}), over the budget of ${budget} bytes (${kib(budget)}) by ${kib(bytes - budget)}. ` +
    "Load what the first paint does not show on demand (a dynamic import()), or raise FIRST_PAINT_JS_GZIP_BUDGET in bench/first-paint.mjs with a reason."
  );
}
