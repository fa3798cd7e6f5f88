#!/usr/bin/env node
// npm run bench: build, serve the production build, drive Debian's chromium and
// measure, in one run, each figure together with its floor, so every result is
// also a ratio that holds on a noisy machine. Writes bench/results/latest.json.
//   --smoke     one cold run and a few requests (part of npm test, so this script cannot rot);
//               fails at once if the first paint's JavaScript is over its budget (bench/first-paint.mjs)
//   --no-build  reuse dist/
import { execSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../scripts/chromium.mjs";
import { cpuLimitedChromium } from "./cpu-quota.mjs";
import { FIRST_PAINT_JS_GZIP_BUDGET, firstPaintJsGzip, firstPaintOverBudget } from "./first-paint.mjs";
import { hostReference } from "./host-reference.mjs";
import { precompressDir } from "../scripts/lib/precompress.mjs";
import { startStaticServer, stockPyodideDir } from "./static-server.mjs";
import { median, percentile, table } from "./stats.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = new Set(process.argv.slice(2));
const smoke = args.has("--smoke");
const RUNS = smoke ? 1 : 5;
const REQUESTS = smoke ? 20 : 500;
const WARMUP_REQUESTS = smoke ? 5 : 50;
const EDITS = smoke ? 3 : 50;
const LOAD_REQUESTS = smoke ? 50 : 2000;

if (!args.has("--no-build")) execSync("npm run build", { cwd: root, stdio: "inherit" });

// Byte counts are deterministic: no need for a browser to know the budget is blown.
const firstPaintBytes = firstPaintJsGzip(join(root, "dist"));
const overBudget = firstPaintOverBudget(firstPaintBytes);
if (overBudget && smoke) {
  console.error(`bench: ${overBudget}`);
  process.exit(1);
}

// Served compressed, as a static host would (the build's .br/.gz copies); the
// stock package has none, so its encodings are made now, before anything is timed.
precompressDir(stockPyodideDir(), { write: false });
/** Every answer the server gave: when its request arrived (epoch ms) and the body bytes it sent, encoded. */
const served = [];
const server = await startStaticServer(
  {
    "/": join(root, "dist"),
    "/__bench__/stock-pyodide/": stockPyodideDir(),
    "/__bench__/pages/": join(root, "bench", "pages"),
  },
  { onServed: (path, status, bytes) => served.push({ path, bytes, at: Date.now() }) },
);

/**
 * Network profiles for cold visits, emulated by Chromium through the DevTools
 * protocol (Network.emulateNetworkConditions): throughput in Mbit/s, round trip in ms.
 */
const PROFILES = [
  { name: "net_20mbit_40ms", downMbit: 20, upMbit: 5, rttMs: 40 },
  { name: "net_5mbit_100ms", downMbit: 5, upMbit: 1, rttMs: 100 },
];
const PROFILE_RUNS = smoke ? 0 : 3;

async function throttle(page, profile) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: profile.rttMs,
    downloadThroughput: (profile.downMbit * 1_000_000) / 8,
    uploadThroughput: (profile.upMbit * 1_000_000) / 8,
  });
}

/** Body bytes the server sent for requests that arrived from `since` (an index into `served`) until the page's `mark`. */
async function bytesBefore(page, mark, since) {
  const until = await page.evaluate((name) => performance.timeOrigin + performance.getEntriesByName(name)[0].startTime, mark);
  return served.slice(since).reduce((sum, answer) => (answer.at <= until ? sum + answer.bytes : sum), 0);
}

/** The Chromium the visits run in: Debian's, or the same held to a CPU quota (the slow-machine part). */
let chromiumPath = CHROMIUM_PATH;
const launch = (profile) =>
  chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: CHROMIUM_ARGS,
    headless: true,
  });

const markTime = (page, name) =>
  page
    .waitForFunction((n) => performance.getEntriesByName(n)[0]?.startTime, name, { timeout: 90_000, polling: 10 })
    .then((handle) => handle.jsonValue());

/**
 * Press Send the moment it is enabled, from inside the page (a learner with
 * the mouse already on it): Playwright's own click waits for animation frames
 * and stability first, which is test-harness time, not the playground's.
 */
function clickSendWhenEnabled(page) {
  return page.evaluate(() => {
    const send = () => [...document.querySelectorAll("button")].find((b) => b.textContent === "Send" && !b.disabled);
    const observer = new MutationObserver(() => {
      const button = send();
      if (!button) return;
      observer.disconnect();
      button.click();
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    const ready = send();
    if (ready) {
      observer.disconnect(); // already enabled
      ready.click();
    }
  });
}

/**
 * Navigate (`go`), press Send as soon as it is enabled; times from navigation
 * start (ms), and how the visit was served: by the service worker's offline
 * copy or the network, Python from its saved snapshot or a fresh boot.
 */
async function measureVisit(page, go) {
  await go();
  await clickSendWhenEnabled(page);
  const editor = await markTime(page, "editor-ready");
  const ready = await markTime(page, "runtime-ready");
  const first = await markTime(page, "first-response");
  // Monaco replaces the plain editor once Python is ready; its bytes count too.
  const monaco = await markTime(page, "monaco-ready");
  const fromServiceWorker = await page.evaluate(() => performance.getEntriesByType("navigation")[0]?.workerStart > 0);
  const boot = await page.getByTestId("runtime-status").getAttribute("data-boot");
  // Every step the page and the worker marked on the way (start-ui.tsx; "runtime:" ones are the worker's boot).
  const steps = await pageMarks(page);
  return { page, editor, ready, first, monaco, fromServiceWorker, boot, steps };
}

/**
 * A first visit lasts until the service worker has saved the offline copy and
 * the runtime its memory snapshot (src/runtime/memory-snapshot.ts), so that the
 * next visit can use both. Polled from here: waitForFunction does not await a
 * predicate's promise (a pending one counts as true), and the cache is async.
 */
async function firstVisitSaved(page) {
  const deadline = Date.now() + 90_000;
  const saved = () =>
    page.evaluate(async () => {
      if (window.__playground?.offline() !== "ready") return false;
      // The snapshot's folder in the origin private file system (src/runtime/memory-snapshot.ts SNAPSHOT_FOLDER).
      const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle("python-snapshot").catch(() => null);
      if (dir) for await (const name of dir.keys()) if (!name.endsWith(".partial")) return true;
      return false;
    });
  while (!(await saved())) {
    if (Date.now() > deadline) throw new Error("bench: the first visit's offline copy and Python snapshot were not saved within 90 s");
    await page.waitForTimeout(250);
  }
}

/** Load the playground and press Send as soon as it is enabled; times from navigation start (ms). */
async function loadPlayground(context, bytes) {
  const page = context.pages()[0] ?? (await context.newPage());
  // The context's responses include the service worker's own fetches (files
  // fetched after msw starts pass through it, and the page sees them with no
  // size); each file counts once, at its real size.
  context.on("response", async (response) => {
    try {
      const sizes = await response.request().sizes();
      const path = new URL(response.url()).pathname;
      bytes.set(path, Math.max(bytes.get(path) ?? 0, sizes.responseBodySize + sizes.responseHeadersSize));
    } catch {
      // the page closed first
    }
  });
  return measureVisit(page, () => page.goto(server.url + "/"));
}

/** Every performance mark of the page: ours are steps of the page and of its runtime worker ("runtime:<step>"), stock's "stock:<phase>". */
const pageMarks = (page) => page.evaluate(() => Object.fromEntries(performance.getEntriesByType("mark").map((mark) => [mark.name, mark.startTime])));

/** Stock Pyodide ready in `page`: when, and when each of its phases ended. */
async function visitStock(page) {
  await page.goto(server.url + "/__bench__/pages/stock.html");
  const ready = await markTime(page, "stock-ready");
  return { ready, steps: await pageMarks(page) };
}

async function loadStock(context) {
  return visitStock(context.pages()[0] ?? (await context.newPage()));
}

/**
 * Cold visits over an emulated network (`profile`), ours and stock Pyodide's,
 * each in a fresh browser profile: first response (ready, for stock) and the
 * bytes on the wire before it.
 */
async function coldOnNetwork(profile) {
  const out = { first: [], ready: [], stock: [], bytes: [], stockBytes: [], steps: [], stockSteps: [] };
  for (let run = 0; run < PROFILE_RUNS; run++) {
    for (const kind of ["stock", "ours"]) {
      const dir = mkdtempSync(join(tmpdir(), `bench-${kind}-`));
      const context = await launch(dir);
      const page = context.pages()[0] ?? (await context.newPage());
      await throttle(page, profile);
      const since = served.length;
      if (kind === "stock") {
        const stock = await visitStock(page);
        out.stock.push(stock.ready);
        out.stockSteps.push(stock.steps);
        out.stockBytes.push(await bytesBefore(page, "stock-ready", since));
      } else {
        const visit = await measureVisit(page, () => page.goto(server.url + "/"));
        out.first.push(visit.first);
        out.ready.push(visit.ready);
        out.steps.push(visit.steps);
        out.bytes.push(await bytesBefore(page, "first-response", since));
      }
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return out;
}

/**
 * Cold: a fresh profile each run. Warm: the same profile relaunched after a
 * first visit (a repeat visit in a browser just started: the offline copy and
 * the snapshot are on disk); then, in that browser, the page reloaded (a
 * repeat visit in a running browser), reported as `reload`. `keep`: the
 * last run's browser stays open, for the request figures that follow.
 */
async function loads(kind, { runs = RUNS, keep = false } = {}) {
  const out = { first: [], ready: [], editor: [], monaco: [], stock: [], stockSteps: [], fromServiceWorker: [], boot: [], steps: [], wire: [] };
  const reload = { first: [], ready: [], editor: [], monaco: [], fromServiceWorker: [], boot: [], steps: [] };
  let kept = null;
  const bytes = new Map();
  for (let run = 0; run < runs; run++) {
    const stockProfile = mkdtempSync(join(tmpdir(), "bench-stock-"));
    const ourProfile = mkdtempSync(join(tmpdir(), "bench-ours-"));
    if (kind === "warm") {
      // Prime both profiles once, then measure the relaunch.
      const primeStock = await launch(stockProfile);
      await loadStock(primeStock);
      await primeStock.close();
      const primeOurs = await launch(ourProfile);
      const primed = await loadPlayground(primeOurs, new Map());
      await firstVisitSaved(primed.page);
      await primeOurs.close();
    }
    const stock = await launch(stockProfile);
    const stockVisit = await loadStock(stock);
    out.stock.push(stockVisit.ready);
    out.stockSteps.push(stockVisit.steps);
    await stock.close();
    const context = await launch(ourProfile);
    const since = served.length;
    const measured = await loadPlayground(context, run === 0 ? bytes : new Map());
    out.wire.push(await bytesBefore(measured.page, "first-response", since));
    out.editor.push(measured.editor);
    out.monaco.push(measured.monaco);
    out.ready.push(measured.ready);
    out.first.push(measured.first);
    out.fromServiceWorker.push(measured.fromServiceWorker);
    out.boot.push(measured.boot);
    out.steps.push(measured.steps);
    if (kind === "warm") {
      const again = await measureVisit(measured.page, () => measured.page.reload());
      for (const key of Object.keys(reload)) reload[key].push(again[key]);
    }
    if (keep && run === runs - 1) kept = { context, page: measured.page, profile: ourProfile };
    else await context.close();
    rmSync(stockProfile, { recursive: true, force: true });
    if (kept?.profile !== ourProfile) rmSync(ourProfile, { recursive: true, force: true });
  }
  return { out, reload, kept, bytes };
}

/**
 * Sequential fetch() round trips from the page, body read; floor: msw
 * answering without Python. Each series starts with `warmup` requests that are
 * reported apart (the first requests after a boot run while V8 is still
 * compiling the interpreter's hot paths), as benchmarks usually do.
 */
function requestTimes(page, count, warmup) {
  return page.evaluate(
    async ([n, w]) => {
      const base = new URL("flask/", location.href).href;
      const time = async (init, times) => {
        const out = [];
        for (let i = 0; i < times; i++) {
          const t = performance.now();
          const response = await fetch(base, init);
          await response.arrayBuffer();
          out.push(performance.now() - t);
        }
        return out;
      };
      // A known app, so the series can tell its answer from anything else's (the static server's index.html).
      const code = `from flask import Flask\napp = Flask(__name__)\n\n@app.get("/")\ndef index():\n    return "bench"\n`;
      window.__playground.setCode(code);
      while (window.__playground.getState().loadedCode !== code) await new Promise((r) => setTimeout(r, 1));
      const answer = await (await fetch(base)).text();
      if (answer !== "bench") throw new Error(`requests: the app did not answer, got ${answer.slice(0, 200)}`);
      const probe = { headers: { "x-playground-probe": "1" } };
      await time(probe, w);
      const constant = await time(probe, n);
      const appWarmup = await time({}, w);
      const started = performance.now();
      const app = await time({}, n);
      return { app, appWarmup, constant, throughput: n / ((performance.now() - started) / 1000) };
    },
    [count, warmup],
  );
}

/** From the end of the reload delay after an edit until the new app's response is in (ms). */
function editTimes(page, count) {
  return page.evaluate(async (n) => {
    const RELOAD_DELAY_MS = 400;
    const base = new URL("flask/", location.href).href;
    const handle = window.__playground;
    const out = [];
    for (let i = 0; i < n; i++) {
      const code = `from flask import Flask\napp = Flask(__name__)\n\n@app.get("/")\ndef index():\n    return "edit ${i}"\n`;
      const edited = performance.now();
      handle.setCode(code);
      while (handle.getState().loadedCode !== code) await new Promise((r) => setTimeout(r, 1));
      const body = await (await fetch(base)).text();
      if (body !== `edit ${i}`) throw new Error(`edit ${i}: got ${body}`);
      out.push(performance.now() - (edited + RELOAD_DELAY_MS));
    }
    return out;
  }, count);
}

/**
 * A stream through the page's own fetch(): for each chunk, the time from the
 * app's yield (Python's wall clock, in the chunk) to the page reading it
 * (ms). The app sleeps 50 ms between yields.
 */
function streamLatencies(page, count) {
  return page.evaluate(async (n) => {
    const handle = window.__playground;
    const code = `import time\nfrom flask import Flask\napp = Flask(__name__)\n\n@app.get("/")\ndef index():\n    def chunks():\n        for i in range(${n}):\n            yield f"{time.time() * 1000}\\n"\n            time.sleep(0.05)\n    return chunks(), {"Content-Type": "application/x-ndjson"}\n`;
    handle.setCode(code);
    while (handle.getState().loadedCode !== code) await new Promise((r) => setTimeout(r, 1));
    const reader = (await fetch(new URL("flask/", location.href))).body.getReader();
    const decoder = new TextDecoder();
    const out = [];
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return out;
      const now = Date.now();
      for (const line of decoder.decode(value).split("\n")) if (line) out.push(now - Number(line));
    }
  }, count);
}

/** Memory at ready, after 100 requests and after `count`. */
function memory(page, count) {
  return page.evaluate(async (n) => {
    const base = new URL("flask/", location.href).href;
    const snap = async () => {
      globalThis.gc?.();
      return window.__playground.stats();
    };
    const atReady = await snap();
    for (let i = 0; i < 100; i++) await (await fetch(base)).arrayBuffer();
    const after100 = await snap();
    for (let i = 100; i < n; i++) await (await fetch(base)).arrayBuffer();
    const afterAll = await snap();
    return { atReady, after100, afterAll };
  }, count);
}

const results = {
  measured_at: new Date().toISOString(),
  commit: execSync("git rev-parse HEAD", { cwd: root }).toString().trim(),
  machine: "node kind: 2 cores, 24 GiB; Debian chromium headless",
  smoke,
  runs: RUNS,
};
// The machine's load average (1 min) as each part starts and at the end: figures from a busy run say so.
const loadAverage = { at_start: loadavg()[0] };

const cold = await loads("cold", { keep: true });
const { page } = cold.kept;
// The page's own fetch() reaches the app once msw answers in the service worker: a first visit
// starts it after its first answer (src/start-ui.tsx); before, the static server would answer.
await page.waitForFunction(() => document.querySelector(".app")?.getAttribute("data-server-mode") === "service-worker", null, { timeout: 90_000 });
loadAverage.at_requests = loadavg()[0];
const requests = await requestTimes(page, REQUESTS, WARMUP_REQUESTS);
const edits = await editTimes(page, EDITS);
const mem = await memory(page, LOAD_REQUESTS);
const stream = await streamLatencies(page, smoke ? 5 : 40);
await cold.kept.context.close();
rmSync(cold.kept.profile, { recursive: true, force: true });
loadAverage.at_warm = loadavg()[0];
const warm = smoke ? null : await loads("warm");
loadAverage.at_network = loadavg()[0];
const network = [];
for (const profile of PROFILE_RUNS ? PROFILES : []) network.push({ profile, ...(await coldOnNetwork(profile)) });
// A slower machine of the same kind: the cold and warm visits again, with
// Chromium held to SLOW_CPUS of one core (bench/cpu-quota.mjs). Stock runs
// under the same quota, so the ratios say whether ours slows down more.
const SLOW_CPUS = 0.8;
const SLOW_RUNS = 3;
loadAverage.at_slow_machine = loadavg()[0];
const limited = smoke ? { skipped: "not in a smoke run" } : cpuLimitedChromium(CHROMIUM_PATH, SLOW_CPUS);
let slow = null;
if (limited.executablePath) {
  chromiumPath = limited.executablePath;
  slow = { cold: await loads("cold", { runs: SLOW_RUNS }), warm: await loads("warm", { runs: SLOW_RUNS }) };
  chromiumPath = CHROMIUM_PATH;
  limited.close();
} else console.warn(`bench: slow-machine part skipped: ${limited.skipped}`);
loadAverage.at_end = loadavg()[0];
results.load_average = loadAverage;
await server.close();

/** Each step's median time from navigation start, in the order they happen (steps some visits lack are left out). */
function stepMedians(steps) {
  const names = Object.keys(steps[0] ?? {}).filter((name) => steps.every((visit) => name in visit));
  const medians = names.map((name) => [name, Math.round(median(steps.map((visit) => visit[name])))]);
  return Object.fromEntries(medians.sort((a, b) => a[1] - b[1]));
}

/** The medians of a set of visits (and, for repeat visits, the range of the first response and how they were served). */
function visitFigures(visits, { repeat = false } = {}) {
  return {
    steps_ms: stepMedians(visits.steps),
    ui_usable_ms: median(visits.editor),
    monaco_ready_ms: median(visits.monaco),
    runtime_ready_ms: median(visits.ready),
    first_response_ms: median(visits.first),
    ...(visits.stock ? { stock_pyodide_ready_ms: median(visits.stock), stock_steps_ms: stepMedians(visits.stockSteps) } : {}),
    ...(visits.wire ? { bytes_before_first_response: median(visits.wire) } : {}),
    ...(repeat
      ? {
          first_response_min_ms: Math.min(...visits.first),
          first_response_max_ms: Math.max(...visits.first),
          served_by_service_worker: visits.fromServiceWorker.filter(Boolean).length,
          python_from_snapshot: visits.boot.filter((boot) => boot === "snapshot").length,
        }
      : {}),
  };
}

results.cold = visitFigures(cold.out);
if (warm) {
  results.warm = visitFigures(warm.out, { repeat: true });
  results.reload = visitFigures(warm.reload, { repeat: true });
}
for (const { profile, ...visits } of network) {
  results[profile.name] = {
    profile: { down_mbit: profile.downMbit, up_mbit: profile.upMbit, rtt_ms: profile.rttMs },
    steps_ms: stepMedians(visits.steps),
    runtime_ready_ms: median(visits.ready),
    first_response_ms: median(visits.first),
    first_response_min_ms: Math.min(...visits.first),
    first_response_max_ms: Math.max(...visits.first),
    stock_pyodide_ready_ms: median(visits.stock),
    stock_steps_ms: stepMedians(visits.stockSteps),
    bytes_before_first_response: median(visits.bytes),
    stock_bytes_before_ready: median(visits.stockBytes),
  };
}
results.slow_machine = slow
  ? {
      chromium_cpus: SLOW_CPUS,
      runs: SLOW_RUNS,
      cold: visitFigures(slow.cold.out),
      warm: visitFigures(slow.warm.out, { repeat: true }),
      reload: visitFigures(slow.warm.reload, { repeat: true }),
    }
  : { skipped: limited.skipped };
results.edit_to_response = { count: EDITS, p50_ms: percentile(edits, 50), p95_ms: percentile(edits, 95) };
results.stream = { chunks: stream.length, yield_to_fetch_p50_ms: percentile(stream, 50), yield_to_fetch_max_ms: Math.max(...stream) };
results.request = {
  count: REQUESTS,
  warmup_count: WARMUP_REQUESTS,
  warmup_p50_ms: percentile(requests.appWarmup, 50),
  warmup_p95_ms: percentile(requests.appWarmup, 95),
  p50_ms: percentile(requests.app, 50),
  p95_ms: percentile(requests.app, 95),
  msw_constant_p50_ms: percentile(requests.constant, 50),
  msw_constant_p95_ms: percentile(requests.constant, 95),
  sequential_requests_per_s: requests.throughput,
};
const byFile = Object.fromEntries([...cold.bytes.entries()].sort((a, b) => b[1] - a[1]));
results.bytes = {
  cold_total: [...cold.bytes.values()].reduce((a, b) => a + b, 0),
  first_paint_js_gzip: firstPaintBytes,
  first_paint_js_gzip_budget: FIRST_PAINT_JS_GZIP_BUDGET,
  by_file: byFile,
};
results.memory = {
  requests: LOAD_REQUESTS,
  wasm_at_ready_bytes: mem.atReady.wasmMemoryBytes,
  wasm_after_100_requests_bytes: mem.after100.wasmMemoryBytes,
  wasm_after_all_requests_bytes: mem.afterAll.wasmMemoryBytes,
  wasm_growth_after_2000_requests_bytes: mem.afterAll.wasmMemoryBytes - mem.after100.wasmMemoryBytes,
  heap_in_use_after_100_requests_bytes: mem.after100.heapInUseBytes,
  heap_in_use_after_all_requests_bytes: mem.afterAll.heapInUseBytes,
  js_heap_at_ready_bytes: mem.atReady.jsHeapBytes,
  js_heap_after_100_requests_bytes: mem.after100.jsHeapBytes,
  js_heap_after_all_requests_bytes: mem.afterAll.jsHeapBytes,
  python_objects_after_100: mem.after100.pythonObjects,
  python_objects_after_all: mem.afterAll.pythonObjects,
};
results.reference = hostReference(root, REQUESTS);
results.ratios = {
  cold_first_response_vs_stock_ready: results.cold.first_response_ms / results.cold.stock_pyodide_ready_ms,
  ...(warm
    ? {
        warm_first_response_vs_stock_ready: results.warm.first_response_ms / results.warm.stock_pyodide_ready_ms,
        reload_first_response_vs_warm_stock_ready: results.reload.first_response_ms / results.warm.stock_pyodide_ready_ms,
      }
    : {}),
  ...Object.fromEntries(
    network.flatMap(({ profile }) => [
      [`${profile.name}_first_response_vs_stock_ready`, results[profile.name].first_response_ms / results[profile.name].stock_pyodide_ready_ms],
      [`${profile.name}_bytes_vs_stock`, results[profile.name].bytes_before_first_response / results[profile.name].stock_bytes_before_ready],
    ]),
  ),
  ...(slow
    ? {
        slow_machine_cold_first_response_vs_stock_ready:
          results.slow_machine.cold.first_response_ms / results.slow_machine.cold.stock_pyodide_ready_ms,
        slow_machine_warm_first_response_vs_stock_ready:
          results.slow_machine.warm.first_response_ms / results.slow_machine.warm.stock_pyodide_ready_ms,
      }
    : {}),
  request_p50_vs_msw_constant: results.request.p50_ms / results.request.msw_constant_p50_ms,
  wasm_after_all_vs_after_100: mem.afterAll.wasmMemoryBytes / mem.after100.wasmMemoryBytes,
  heap_in_use_after_all_vs_after_100: mem.afterAll.heapInUseBytes / mem.after100.heapInUseBytes,
  js_heap_after_all_vs_after_100: mem.afterAll.jsHeapBytes / mem.after100.jsHeapBytes,
};

console.log(table({ ...results, bytes: { cold_total: results.bytes.cold_total, first_paint_js_gzip: results.bytes.first_paint_js_gzip } }));
mkdirSync(join(root, "bench", "results"), { recursive: true });
const out = join(root, "bench", "results", smoke ? "smoke.json" : "latest.json");
writeFileSync(out, JSON.stringify(results, null, 2) + "\n");
console.log(`wrote ${out}`);
if (overBudget) {
  console.error(`bench: ${overBudget}`);
  process.exitCode = 1;
}
