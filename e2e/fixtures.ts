/**
 * Shared fixtures: a page that fails the test on unexpected console errors,
 * and helpers that act as a learner does (type code, send a request).
 */
import { readdirSync } from "node:fs";
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";
import type { PlaygroundHandle } from "../src/debug-handle";

declare global {
  interface Window {
    __playground?: PlaygroundHandle;
  }
}

export interface Playground {
  page: Page;
  /** Wait until Python is ready, the learner's app answers, and requests go through the service worker or, if it cannot serve, directly. */
  ready(): Promise<void>;
  /** Replace the editor's code by typing, then wait for the reload to finish. */
  setCode(code: string): Promise<void>;
  /** Fill method and path and press Send; wait for the response in the inspector. */
  send(method: string, path: string): Promise<void>;
  /** The code in the editor, as the app holds it. */
  code(): Promise<string | undefined>;
  /** Console errors seen so far (tests that expect some can clear this). */
  consoleErrors: string[];
}

/**
 * Put the keyboard in Monaco (it replaces the plain editor once Python is
 * ready), as a click in the editor would, wherever it is scrolled to.
 */
export async function focusMonaco(page: Page): Promise<void> {
  await page.locator(".monaco-editor").getByRole("textbox", { name: "Flask app code (app.py)" }).focus();
}

/** The smallest Flask app whose "/" answers `text`. */
export const appReturning = (text: string) => `from flask import Flask
app = Flask(__name__)

@app.get("/")
def index():
    return "${text}"`;

/**
 * Give Python a minute per request or reload in this browser context, as a
 * learner could in Settings. The default 5 s is for a learner's machine; on a
 * test machine with a load average of 10, a fresh interpreter's first app load
 * or request can take longer, and the watchdog would restart Python in the
 * middle of a test. Tests of the time limit itself set theirs in Settings.
 */
export async function patient(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    try {
      if (localStorage.getItem("flask-playground") === null) {
        localStorage.setItem("flask-playground", JSON.stringify({ state: { settings: { timeLimitMs: 60_000 } }, version: 3 }));
      }
    } catch {
      // A sandboxed frame (the HTML preview) has no storage: nothing to set there.
    }
  });
}

/** Set the time limit under Settings, as a learner would, and close Settings. */
export async function setTimeLimit(page: Page, seconds: number): Promise<void> {
  await page.getByRole("button", { name: "Settings" }).click();
  await page.getByLabel(/Time limit/).fill(String(seconds));
  await page.keyboard.press("Escape");
  await expect(page.getByLabel(/Time limit/)).toHaveCount(0);
}

/** How requests reach the app is settled: a first visit's service worker has saved the offline copy (its notice gone), or cannot. */
export async function serverSettled(page: Page): Promise<void> {
  await expect(page.locator(".app")).not.toHaveAttribute("data-server-mode", /starting|installing/, { timeout: 45_000 });
}

export const test = base.extend<{ playground: Playground }>({
  playground: async ({ page }, use) => {
    await patient(page.context());
    const consoleErrors: string[] = [];
    page.on("console", (message) => {
      if (message.type() !== "error") return;
      // Chromium logs every 4xx/5xx fetch; those from the learner's app are expected.
      const fromApp = new URL(message.location().url || "about:blank", "http://x").pathname.startsWith("/flask/");
      if (fromApp && message.text().startsWith("Failed to load resource")) return;
      // The HTML preview's sandbox doing its job: a response's script is not run.
      if (message.text().startsWith("Blocked script execution in 'about:srcdoc'")) return;
      consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => consoleErrors.push(String(error)));

    const playground: Playground = {
      page,
      consoleErrors,
      code: () => page.evaluate(() => window.__playground?.getState().code),
      async ready() {
        await expect(page.getByTestId("runtime-status")).toHaveText(/ready/, { timeout: 45_000 });
        await expect(page.getByTestId("app-status")).toBeVisible();
        await serverSettled(page);
      },
      async setCode(typed: string) {
        // Pasted, as a learner would: typed text gets Monaco's auto-indent on top of its own.
        const code = typed.trimEnd();
        await page.evaluate((text) => navigator.clipboard.writeText(text), code);
        await focusMonaco(page);
        await page.keyboard.press("ControlOrMeta+A");
        await page.keyboard.press("ControlOrMeta+V");
        // The model now holds exactly the code (no auto-indent or auto-close added).
        await expect.poll(() => playground.code()).toBe(code);
        // ...and the reloader has loaded it (successfully or not).
        await expect.poll(() => page.evaluate(() => window.__playground?.getState().loadedCode)).toBe(code);
      },
      async send(method: string, path: string) {
        const inspector = page.getByTestId("inspector");
        const before = (await inspector.count()) ? await inspector.getAttribute("data-exchange-id") : null;
        await page.getByLabel("Method", { exact: true }).selectOption(method);
        await page.getByLabel("Path", { exact: true }).fill(path);
        await page.getByRole("button", { name: "Send", exact: true }).click();
        await expect(inspector).not.toHaveAttribute("data-exchange-id", before ?? "none");
        await expect(inspector).toHaveAttribute("data-complete", "true");
      },
    };
    await use(playground);
    expect(consoleErrors, "unexpected console errors").toEqual([]);
  },
});

export { expect };

/** How many lessons the course has (lessons/NN-slug/ folders): tests read it, so a new lesson needs no edit here. */
export const LESSON_COUNT = readdirSync(new URL("../lessons", import.meta.url)).filter((name) => /^\d+-/.test(name)).length;
