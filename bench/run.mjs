#!/usr/bin/env node
// npm run bench: build, serve the production build, drive Debian's chromium and
// measure, in one run, each figure together with its floor. Writes
// bench/results/latest.json. `--smoke` does one cold run and a few requests
// (part of npm test, so this script cannot rot); `--no-build` reuses dist/.
import { execSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { startStaticServer, stockPyodideDir } from "./static-server.mjs";
import { percentile, median, table } from "./stats.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = new Set(process.argv.slice(2));
const smoke = args.has("--smoke");
const RUNS = smoke ? 1 : 5;
const REQUESTS = smoke ? 20 : 500;

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

if (!args.has("--no-build")) execSync("npm run build", { cwd: root, stdio: "inherit" });

const server = await startStaticServer({
  "/": join(root, "dist"),
  "/__bench__/stock-pyodide/": stockPyodideDir(),
  "/__bench__/pages/": join(root, "bench", "pages"),
});

/** A fresh profile (empty HTTP cache, no service worker); returns { context, close }. */
async function launch(profile) {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
    headless: true,
  });
  return context;
}

const markTime = (page, name) =>
  page.waitForFunction((n) => performance.getEntriesByName(n)[0]?.startTime, name, { timeout: 60_000 }).then((h) => h.jsonValue());

/** Load the playground, press Send as soon as it is enabled; times from navigation start (ms). */
async function loadPlayground(context) {
  const page = context.pages()[0] ?? (await context.newPage());
  const bytes = new Map();
  page.on("response", async (response) => {
    const size = Number(response.headers()["content-length"] ?? 0);
    bytes.set(response.url(), size);
  });
  await page.goto(server.url + "/");
  const editor = await markTime(page, "editor-ready");
  const ready = await markTime(page, "runtime-ready");
  await page.getByRole("button", { name: "Send" }).click();
  const first = await markTime(page, "first-response");
  return { page, editor, ready, first, bytes };
}

async function loadStock(context) {
  const page = await context.newPage();
  await page.goto(server.url + "/__bench__/pages/stock.html");
  const ready = await markTime(page, "stock-ready");
  await page.close();
  return ready;
}

/** Sequential fetch() round trips from the page, body read; floor: msw answering without Python. */
async function requestTimes(page, count) {
  return page.evaluate(async (n) => {
    const root = new URL("flask/", location.href).href;
    const time = async (init) => {
      const out = [];
      for (let i = 0; i < n; i++) {
        const t = performance.now();
        const response = await fetch(root, init);
        await response.arrayBuffer();
        out.push(performance.now() - t);
      }
      return out;
    };
    const constant = await time({ headers: { "x-playground-probe": "1" } });
    const started = performance.now();
    const app = await time({});
    const seconds = (performance.now() - started) / 1000;
    return { app, constant, throughput: n / seconds };
  }, count);
}

const results = { measured_at: new Date().toISOString(), commit: execSync("git rev-parse HEAD", { cwd: root }).toString().trim(), smoke, runs: RUNS };
const cold = { first: [], ready: [], editor: [], stock: [] };
let lastPage;
let lastContext;
for (let run = 0; run < RUNS; run++) {
  const profile = mkdtempSync(join(tmpdir(), "bench-profile-"));
  const context = await launch(profile);
  // Floor first in its own fresh profile, so neither warms the other's cache.
  const stockProfile = mkdtempSync(join(tmpdir(), "bench-stock-"));
  const stockContext = await launch(stockProfile);
  cold.stock.push(await loadStock(stockContext));
  await stockContext.close();
  rmSync(stockProfile, { recursive: true, force: true });
  const { page, editor, ready, first } = await loadPlayground(context);
  cold.editor.push(editor);
  cold.ready.push(ready);
  cold.first.push(first);
  if (run === RUNS - 1) {
    lastPage = page;
    lastContext = context;
  } else {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const requests = await requestTimes(lastPage, REQUESTS);
await lastContext.close();
await server.close();

results.cold = {
  ui_usable_ms: median(cold.editor),
  runtime_ready_ms: median(cold.ready),
  first_response_ms: median(cold.first),
  stock_pyodide_ready_ms: median(cold.stock),
};
results.request = {
  count: REQUESTS,
  p50_ms: percentile(requests.app, 50),
  p95_ms: percentile(requests.app, 95),
  msw_constant_p50_ms: percentile(requests.constant, 50),
  msw_constant_p95_ms: percentile(requests.constant, 95),
  sequential_requests_per_s: requests.throughput,
};
results.ratios = {
  cold_first_response_vs_stock_ready: results.cold.first_response_ms / results.cold.stock_pyodide_ready_ms,
  request_p50_vs_msw_constant: results.request.p50_ms / results.request.msw_constant_p50_ms,
};

console.log(table(results));
mkdirSync(join(root, "bench", "results"), { recursive: true });
const out = join(root, "bench", "results", smoke ? "smoke.json" : "latest.json");
writeFileSync(out, JSON.stringify(results, null, 2) + "\n");
console.log(`wrote ${out}`);
