/**
 * Offline for real, through the real service worker (src/sw/sw.ts): after one
 * online visit the playground reloads, boots Python, answers requests, runs a
 * lesson's checks, opens a share link and restarts a stuck or dead worker
 * with no network at all. A first visit works while the offline copy is
 * still being saved, and a save that fails is finished on the next visit. A
 * new deployment waits for the learner's "Reload" and never breaks a tab.
 *
 * Each test serves dist/ from its own server (bench/static-server.mjs) so the
 * network can really go away: besides Chromium's own offline mode, the server
 * then drops every connection, so nothing can quietly come from it.
 */
import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join } from "node:path";
import type { BrowserContext, Page } from "@playwright/test";
import { startStaticServer } from "../bench/static-server.mjs";
import { appReturning, expect, setTimeLimit, test, type Playground } from "./fixtures";

const dist = join(import.meta.dirname, "..", "dist");

interface Server {
  url: string;
  /** Drop every connection from now on (and Chromium's offline mode), or serve again. */
  setOnline(online: boolean): Promise<void>;
  /** Hold requests for `path` until the returned function is called. */
  hold(path: string): () => void;
  /** Serve `body` for `path` instead of the file (a new deployment's file). */
  replace(path: string, body: string): void;
}

const test$ = test.extend<{ server: Server }>({
  server: async ({ context }, use) => {
    let online = true;
    const holds = new Map<string, Promise<void>>();
    const replaced = new Map<string, string>();
    const before = async (path: string, _req: IncomingMessage, res: ServerResponse) => {
      await holds.get(path);
      if (!online) {
        res.socket?.destroy();
        return true;
      }
      const body = replaced.get(path);
      if (body === undefined) return false;
      res.writeHead(200, { "Content-Type": "text/javascript", "Cache-Control": "no-cache" }).end(body);
      return true;
    };
    const server = await startStaticServer({ "/": dist }, { before });
    await use({
      url: server.url,
      async setOnline(value) {
        online = value;
        await (context as BrowserContext).setOffline(!value);
      },
      hold(path) {
        let release!: () => void;
        holds.set(path, new Promise((resolve) => (release = resolve)));
        return () => {
          holds.delete(path);
          release();
        };
      },
      replace: (path, body) => replaced.set(path, body),
    });
    await server.close();
  },
});

/** This version is saved for offline use, as the service worker reports it. */
async function savedForOffline(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => window.__playground?.offline()), { timeout: 60_000 }).toBe("ready");
}

async function expectAnswer(playground: Playground, path: string, body: string, via = "service worker"): Promise<void> {
  await playground.send("GET", path);
  await expect(playground.page.getByTestId("status")).toHaveText("HTTP/1.1 200 OK");
  await expect(playground.page.getByTestId("response-body")).toHaveText(body);
  await expect(playground.page.getByTestId("answered-by")).toContainText(via);
}

/** One online visit, until the offline copy is saved; then the network goes away and the page reloads from the service worker. */
async function visitThenReloadOffline(playground: Playground, server: Server, path = "/"): Promise<void> {
  const { page } = playground;
  await page.goto(server.url + path);
  await playground.ready();
  await savedForOffline(page);
  await server.setOnline(false);
  await page.reload();
  await playground.ready();
  await expect(page.locator(".app")).toHaveAttribute("data-server-mode", "service-worker");
}

test$(
  "after one visit, the playground reloads offline: Python starts, Monaco loads, the app answers, the rest of the stdlib and the extensions import",
  async ({ playground, server }) => {
    test.slow(); // Python boots twice
    const { page } = playground;
    await visitThenReloadOffline(playground, server);
    await page.getByRole("button", { name: "Settings" }).click();
    await expect(page.getByTestId("offline-status")).toContainText("works without a network");
    await page.keyboard.press("Escape");
    await playground.setCode(appReturning("served offline"));
    await expectAnswer(playground, "/", "served offline");
    // A module outside the core standard library comes from the offline copy too (on_demand.py).
    await playground.setCode(`from email.mime.text import MIMEText
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    return MIMEText("hi").get_content_type()
`);
    await expectAnswer(playground, "/", "text/plain");
    // So do the extensions, each an archive of its own (on_demand.py).
    await playground.setCode(`from flask import Flask
from flask_cors import CORS
from flask_talisman import Talisman

app = Flask(__name__)
Talisman(app, force_https=False)
CORS(app)

@app.get("/")
def index():
    return "extensions offline"
`);
    await expectAnswer(playground, "/", "extensions offline");
  },
);

test$("offline, a lesson opens and its checks run, and a share link opens in a new tab", async ({ playground, server, context }) => {
  test.slow(); // Python boots three times
  const { page } = playground;
  await visitThenReloadOffline(playground, server);
  await page.getByLabel("Lesson", { exact: true }).selectOption("strings");
  const checks = page.getByTestId("checks");
  await expect(checks.locator("li.check")).toHaveCount(3);
  await expect(checks.locator('li.check[data-state="fail"]').first()).toBeVisible();
  await playground.setCode(readFileSync(new URL("../lessons/01-strings/app-b/app.py", import.meta.url), "utf8"));
  await expect(checks.locator('li.check[data-state="pass"]')).toHaveCount(3);

  // A link from the stored share-link fixtures: a five-line app answering "Hello!".
  const links = JSON.parse(readFileSync(new URL("../src/share/fixtures/v1-links.json", import.meta.url), "utf8")) as { links: { url: string }[] };
  const fragment = links.links[0].url.slice(links.links[0].url.indexOf("#"));
  const visitor = await context.newPage();
  const errors: string[] = [];
  visitor.on("pageerror", (error) => errors.push(String(error)));
  await visitor.goto(server.url + "/" + fragment);
  await expect(visitor.getByTestId("shared-banner")).toBeVisible();
  await expect(visitor.getByTestId("runtime-status")).toHaveText(/ready/, { timeout: 45_000 });
  await expect(visitor.locator(".app")).toHaveAttribute("data-server-mode", "service-worker");
  await visitor.getByRole("button", { name: "Send", exact: true }).click();
  await expect(visitor.getByTestId("status")).toHaveText("HTTP/1.1 200 OK");
  await expect(visitor.getByTestId("response-body")).toHaveText("Hello!");
  expect(errors).toEqual([]);
});

test$(
  "offline, a runaway request and a dead worker are restarted from the offline copy, and the app serves again",
  async ({ playground, server }) => {
    test.slow(); // Python boots four times
    const { page } = playground;
    await visitThenReloadOffline(playground, server);
    await setTimeLimit(page, 1);
    await playground.setCode(`import os
from flask import Flask
app = Flask(__name__)

@app.get("/")
def index():
    return "still serving"

@app.get("/spin")
def spin():
    while True:
        pass

@app.get("/die")
def die():
    os._exit(1)`);
    await page.getByLabel("Path", { exact: true }).fill("/spin");
    await page.getByRole("button", { name: "Send", exact: true }).click();
    await expect(page.getByTestId("exchange-error")).toContainText("did not finish within 1 s", { timeout: 15_000 });
    await expect(page.getByTestId("logs")).toContainText("Python was stopped and restarted");
    await playground.ready();
    await expectAnswer(playground, "/", "still serving");

    await page.getByLabel("Path", { exact: true }).fill("/die");
    await page.getByRole("button", { name: "Send", exact: true }).click();
    await expect(page.getByTestId("exchange-error")).toBeVisible({ timeout: 15_000 });
    await playground.ready();
    await expectAnswer(playground, "/", "still serving");
    await expect(page.getByTestId("runtime-status")).not.toContainText(/stopped/);
  },
);

test$(
  "a first visit works while the offline copy is being saved; a save cut off by the network is finished next time",
  async ({ playground, server }) => {
    test.slow(); // Python boots twice
    const { page } = playground;
    // The service worker saves files one by one; this one only it asks for, and it waits.
    const release = server.hold("/icons/icon-maskable-512.png");
    await page.goto(server.url + "/");
    await expect(page.getByTestId("runtime-status")).toHaveText(/ready/, { timeout: 45_000 });
    await expect(page.locator(".app")).toHaveAttribute("data-server-mode", "installing");
    await expect(page.getByTestId("server-mode-notice")).toContainText("Saving the playground in this browser for offline use");
    // Requests are answered meanwhile, straight by the runtime.
    await page.evaluate((code) => window.__playground?.setCode(code), appReturning("while saving"));
    await expect.poll(() => page.evaluate(() => window.__playground?.getState().loadedCode)).toBe(appReturning("while saving"));
    await expectAnswer(playground, "/", "while saving", "directly by the runtime");
    // Monaco has loaded from the network (the page is not served by the worker yet); nothing else is asked for later.
    await expect(page.locator(".monaco-editor")).toBeVisible();

    // The network goes away mid-save: the worker is discarded, the page says so and keeps working.
    await server.setOnline(false);
    release();
    await expect(page.locator(".app")).toHaveAttribute("data-server-mode", "direct");
    await expect(page.getByTestId("server-mode-notice")).toContainText("could not save the files it needs");
    await expect.poll(() => page.evaluate(() => window.__playground?.offline())).toBe("unavailable");
    await expectAnswer(playground, "/", "while saving", "directly by the runtime");

    // Online again, the next visit saves the rest and serves through the service worker.
    await server.setOnline(true);
    await page.reload();
    await playground.ready();
    await savedForOffline(page);
    await expect(page.locator(".app")).toHaveAttribute("data-server-mode", "service-worker");
    await expectAnswer(playground, "/", "while saving");
  },
);

test$("a new deployment waits for Reload; the tab that reloads gets it, another open tab keeps working", async ({ playground, server, context }) => {
  test.slow(); // Python boots three times
  const { page } = playground;
  await page.goto(server.url + "/");
  await playground.ready();
  await savedForOffline(page);
  const other = await context.newPage();
  await other.goto(server.url + "/");
  await expect(other.getByTestId("runtime-status")).toHaveText(/ready/, { timeout: 45_000 });
  await expect(other.locator(".app")).toHaveAttribute("data-server-mode", "service-worker");

  // A new build: another sw.js (here: the same one, one comment longer).
  server.replace("/sw.js", `${readFileSync(join(dist, "sw.js"), "utf8")}\n// the next deployment\n`);
  // The browser looks for one on each navigation; an open tab looks every hour, or now.
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
  const banner = page.getByTestId("update-banner");
  await expect(banner).toContainText("A new version is available");
  await expect(other.getByTestId("update-banner")).toContainText("A new version is available");
  // Until the learner reloads, the open version keeps serving.
  await playground.setCode(appReturning("old version"));
  await expectAnswer(playground, "/", "old version");

  await banner.getByRole("button", { name: "Reload" }).click();
  await page.waitForEvent("load");
  await playground.ready();
  await expect(page.getByTestId("update-banner")).toHaveCount(0);
  // The new version is the active one, nothing waits any more.
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
  await expectAnswer(playground, "/", "old version");

  // The other tab was not reloaded under the learner: it says so, and still answers (straight from its runtime).
  await expect(other.getByTestId("update-banner")).toContainText("took over in another tab");
  await expect(other.locator(".app")).toHaveAttribute("data-server-mode", "direct");
  await other.getByRole("button", { name: "Send", exact: true }).click();
  await expect(other.getByTestId("status")).toHaveText("HTTP/1.1 200 OK");
  await expect(other.getByTestId("answered-by")).toContainText("directly by the runtime");
});

test$.describe("with no offline copy", () => {
  // The service worker is blocked, so nothing is saved: offline, a fresh worker cannot fetch Python.
  test$.use({ serviceWorkers: "block" });

  test$(
    "offline, a worker that cannot start is retried three times, then stops and says why; Retry brings Python back",
    async ({ playground, server }) => {
      test.slow(); // Python boots twice, and fails to three times
      const { page } = playground;
      await page.goto(server.url + "/");
      await playground.ready();
      await setTimeLimit(page, 1);
      await playground.setCode(`from flask import Flask
app = Flask(__name__)

@app.get("/")
def index():
    return "back again"

@app.get("/spin")
def spin():
    while True:
        pass`);

      await server.setOnline(false);
      await page.getByLabel("Path", { exact: true }).fill("/spin");
      await page.getByRole("button", { name: "Send", exact: true }).click();
      await expect(page.getByTestId("exchange-error")).toContainText("did not finish within 1 s", { timeout: 15_000 });

      // The replacement cannot fetch the runtime; after the budget the playground stops trying and says so.
      const status = page.getByTestId("runtime-status");
      await expect(status).toContainText("Python stopped", { timeout: 60_000 });
      await expect(page.getByTestId("app-status")).toContainText("No app is running. Python could not be loaded: this browser is offline");
      await expect(page.getByTestId("app-status")).toContainText("failed to start 4 times within 30 s");
      await expect(page.getByRole("button", { name: "Stopped", exact: true })).toBeDisabled();
      // No flood of identical lines: each distinct failure is shown once, with a count if repeated.
      const lines = await page.getByTestId("logs").locator(".log").allTextContents();
      expect(new Set(lines).size).toBe(lines.length);
      expect(lines.length).toBeLessThan(15);

      // Back online, Retry starts Python and the learner's app answers again.
      await server.setOnline(true);
      await status.getByRole("button", { name: "Retry" }).click();
      await playground.ready();
      await expect(page.getByTestId("app-status")).toContainText("App running");
      // The 1 s limit stopped the loop; a first request after a boot can take longer on a busy machine.
      await setTimeLimit(page, 30);
      await expectAnswer(playground, "/", "back again", "directly by the runtime");
    },
  );
});
