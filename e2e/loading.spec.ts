/**
 * A cold load takes seconds: the editor is usable at once, and the page shows
 * what is loading and how far along it is.
 */
import type { Page } from "@playwright/test";
import { SNAPSHOT_FOLDER } from "../src/runtime/memory-snapshot";
import { MONACO_AT_LATEST_MS } from "../src/ui/monaco-timing";
import { expect, test } from "./fixtures";

test("shows download progress in bytes while Python loads, with the editor already usable", async ({ playground }) => {
  const { page } = playground;
  // Hold the wasm download back so the loading state can be observed.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/pyodide/pyodide.asm.wasm", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/");
  const status = page.getByTestId("runtime-status");
  await expect(status).toContainText(/Downloading Python \(\d+\.\d of \d+\.\d MB\)/);
  await expect(page.getByRole("progressbar", { name: "Loading Python" })).toBeVisible();
  await expect(page.getByRole("button", { name: /Starting/ })).toBeDisabled();
  // The editor is there and takes input before Python is ready: a plain text
  // area, as Monaco only loads once Python is up (it would compete for the CPU).
  const plain = page.locator("textarea.plain-editor");
  await plain.click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type("\n# typed while loading");
  await expect.poll(() => playground.code()).toContain("# typed while loading");
  await expect(page.locator(".monaco-editor")).toHaveCount(0);
  release();
  await playground.ready();
  await expect(page.getByRole("button", { name: "Send", exact: true })).toBeEnabled();
  // Then Monaco takes over with the same code, the focus and the caret where they were.
  await expect(page.locator(".monaco-editor")).toBeVisible();
  await expect(plain).toHaveCount(0);
  await page.keyboard.type("!");
  await expect.poll(() => playground.code()).toMatch(/# typed while loading!$/);
});

test("on a slow link the loading view says how long the download has left, and Monaco waits for the runtime's downloads", async ({ playground }) => {
  test.slow(); // the downloads under way keep the slow link's pace after it is lifted
  const { page } = playground;
  const monaco: string[] = [];
  page.on("request", (request) => {
    if (/\/assets\/(CodeEditor|monaco-setup)-/.test(request.url())) monaco.push(request.url());
  });
  // 10 Mbit/s, 40 ms: the runtime's ~20 MB (served uncompressed here) take at least 16 s (Chromium's own network emulation).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 40, downloadThroughput: 1_250_000, uploadThroughput: 625_000 });
  await page.goto("/");
  const status = page.getByTestId("runtime-status");
  await expect(status).toContainText(/Downloading Python \(\d+\.\d of \d+\.\d MB\) · about \d+ (s|min) left/);
  // Past the time Monaco used to start loading regardless, the runtime is still downloading, and Monaco has not been asked for.
  await page.waitForFunction((ms) => performance.now() > ms, MONACO_AT_LATEST_MS + 1000);
  await expect(status).toContainText("Downloading Python");
  expect(monaco).toEqual([]);
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await playground.ready();
  await expect(status).not.toContainText("left");
  await expect(page.locator(".monaco-editor")).toBeVisible();
});

/** The snapshot files saved in the origin private file system, with their sizes (a half-written one is not counted). */
const savedSnapshots = (page: Page) =>
  page.evaluate(async (folder) => {
    const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(folder).catch(() => null);
    const files: Record<string, number> = {};
    if (dir)
      for await (const [name, handle] of dir.entries())
        if (!name.endsWith(".partial")) files[name] = (await (handle as FileSystemFileHandle).getFile()).size;
    return files;
  }, SNAPSHOT_FOLDER);

/** The first boot writes its memory snapshot a little after it is ready: one file, the interpreter's whole memory. */
async function snapshotSaved(page: Page): Promise<void> {
  await expect.poll(async () => Object.values(await savedSnapshots(page)), { timeout: 20_000 }).toEqual([expect.any(Number)]);
  const [size] = Object.values(await savedSnapshots(page));
  expect(size).toBeGreaterThan(16 * 2 ** 20);
}

/** The page's marks by name, ms from navigation (the runtime worker's boot steps are "runtime:<step>", start-ui.tsx). */
const bootMarks = (page: Page): Promise<Record<string, number>> =>
  page.evaluate(() => Object.fromEntries(performance.getEntriesByType("mark").map((mark) => [mark.name, mark.startTime])));

test("a later visit starts Python from the snapshot the first one saved, and it serves like a fresh one", async ({ playground }) => {
  test.slow(); // Python boots twice, and the first visit saves the offline copy
  const { page } = playground;
  await page.goto("/");
  await playground.ready();
  await expect(page.getByTestId("runtime-status")).toHaveAttribute("data-boot", "fresh");
  // Both boots instantiate the wasm compiled while its bytes arrived (worker.ts compileEarly).
  const fresh = await bootMarks(page);
  expect(fresh["runtime:wasm-instantiated"]).toBeLessThan(fresh["runtime:pyodide-loaded"]);
  await snapshotSaved(page);
  await page.reload();
  await playground.ready();
  await expect(page.getByTestId("runtime-status")).toHaveAttribute("data-boot", "snapshot");
  const marks = await bootMarks(page);
  expect(marks["runtime:wasm-instantiated"]).toBeLessThan(marks["runtime:pyodide-loaded"]);
  expect(marks["runtime:snapshot-opened"]).toBeLessThanOrEqual(marks["runtime:snapshot-read"]);
  // Pyodide's files were asked for before the snapshot lookup, not after it (worker.ts bootFetch).
  for (const file of ["pyodide.asm.wasm", "python_stdlib.pyc.zip"])
    expect(marks[`runtime:requested:${file}`]).toBeLessThan(marks["runtime:snapshot-read"]);
  // Flask works as after a fresh start, modules imported after the snapshot included
  // (fractions from the rest of the standard library, fetched on its first import).
  await playground.setCode(`from flask import Flask, jsonify
import decimal, fractions
app = Flask(__name__)

@app.get("/")
def index():
    return jsonify(half=str(fractions.Fraction(1, 2)), pi=str(decimal.Decimal("3.14")))`);
  await playground.send("GET", "/");
  await expect(page.getByTestId("status")).toHaveText("HTTP/1.1 200 OK");
  await expect(page.getByTestId("inspector")).toContainText('"half": "1/2"');
  await expect(page.getByTestId("inspector")).toContainText('"pi": "3.14"');
});

test("a snapshot that cannot be restored is dropped and Python boots the ordinary way", async ({ playground }) => {
  test.slow(); // Python boots fresh twice, and the first visit saves the offline copy (CI at e0e1670: 60 s ran out at load 9)
  const { page } = playground;
  await page.goto("/");
  await playground.ready();
  await snapshotSaved(page);
  // Corrupt it, as a foreign or damaged file would be.
  await page.evaluate(async (folder) => {
    const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(folder);
    for await (const handle of dir.values()) {
      const writable = await (handle as FileSystemFileHandle).createWritable();
      await writable.write(new Uint8Array(1024));
      await writable.close();
    }
  }, SNAPSHOT_FOLDER);
  await page.reload();
  await playground.ready();
  await expect(page.getByTestId("runtime-status")).toHaveAttribute("data-boot", "fresh");
  await playground.send("GET", "/");
  await expect(page.getByTestId("status")).toHaveText(/HTTP\/1.1 200/);
});
