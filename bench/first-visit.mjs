#!/usr/bin/env node
// What a first visit transfers, counted at the server (bench/static-server.mjs:
// ETag revalidation, `Cache-Control: no-cache`, brotli or gzip by the request's
// Accept-Encoding, as a static host serving the build's .br/.gz copies), and what a
// second visit transfers, in a fresh Chromium profile:
//   node bench/first-visit.mjs [dir]      (serves dist/, or dir, as built; build it first)
// The first visit lasts until Monaco is up and, when the page has a service
// worker that precaches, until the page reports the offline copy complete
// (window.__playground.offline() === "ready"); then until the server has been
// quiet for a second, so late requests are counted too. Bytes are response
// bodies (a 304 has none); each request is listed once per answer.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../scripts/chromium.mjs";
import { startStaticServer } from "./static-server.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
let served = [];
let lastServed = Date.now();
const server = await startStaticServer(
  { "/": process.argv[2] ?? join(root, "dist") },
  {
    onServed: (path, status, bytes) => {
      served.push({ path, status, bytes });
      lastServed = Date.now();
    },
  },
);

async function quiet(ms) {
  while (Date.now() - lastServed < ms) await new Promise((resolve) => setTimeout(resolve, 100));
}

function summary(list) {
  const byPath = new Map();
  for (const { path, status, bytes } of list) {
    const entry = byPath.get(path) ?? { bytes: 0, answers: [] };
    entry.bytes += bytes;
    entry.answers.push(status);
    byPath.set(path, entry);
  }
  const total = list.reduce((sum, { bytes }) => sum + bytes, 0);
  return { total, requests: list.length, byPath: [...byPath.entries()].sort((a, b) => b[1].bytes - a[1].bytes) };
}

function print(label, { total, requests, byPath }) {
  console.log(`\n${label}: ${(total / 1e6).toFixed(2)} MB in ${requests} answers`);
  for (const [path, { bytes, answers }] of byPath) {
    if (bytes > 20_000 || answers.length > 1) console.log(`  ${(bytes / 1e6).toFixed(3).padStart(7)} MB  ${answers.join(",").padEnd(12)} ${path}`);
  }
}

const profile = mkdtempSync(join(tmpdir(), "first-visit-"));
const visit = async () => {
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.url + "/");
  await page.waitForFunction(() => performance.getEntriesByName("monaco-ready").length > 0, null, { timeout: 120_000, polling: 100 });
  // Pages without the offline copy (before issue 15) have no offline() on the handle.
  await page.waitForFunction(() => !window.__playground?.offline || ["ready", "unavailable"].includes(window.__playground.offline()), null, {
    timeout: 120_000,
    polling: 100,
  });
  const offline = await page.evaluate(() => window.__playground?.offline?.() ?? "none");
  await quiet(1000);
  await context.close();
  return offline;
};

const firstOffline = await visit();
const first = summary(served);
served = [];
await visit();
const second = summary(served);
await server.close();
rmSync(profile, { recursive: true, force: true });
print(`first visit (offline copy: ${firstOffline})`, first);
print("second visit", second);
