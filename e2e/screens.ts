/**
 * The key screens of the playground, set up as a learner gets there, for the
 * visual comparisons (visual.spec.ts) and the accessibility scans
 * (a11y.spec.ts): a state is set up once, then shown at every size and in
 * both colour schemes in the same page.
 */
import type { Locator, Page } from "@playwright/test";
import { expect, serverSettled, type Playground } from "./fixtures";

export const SIZES = [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1440, height: 900 },
] as const;
export type Size = (typeof SIZES)[number];

export const SCHEMES = ["light", "dark"] as const;
export type Scheme = (typeof SCHEMES)[number];

/** The workspace's tabs on a narrow screen. */
export type WorkspaceTab = "Lesson" | "Code" | "Request" | "Response" | "Logs";

/** JSON with a couple of headers of the app's own, and nothing that changes between runs. */
export const JSON_APP = `from flask import Flask
app = Flask(__name__)

@app.get("/")
def index():
    return {"greeting": "Hello, Flask", "items": [1, 2, 3]}, {"X-Request-Id": "visual-1", "Cache-Control": "no-store"}`;

/** /old moves to /new with a 302. */
export const REDIRECT_APP = `from flask import Flask, redirect
app = Flask(__name__)

@app.get("/old")
def old():
    return redirect("/new")

@app.get("/new")
def new():
    return {"moved": True}`;

/** A body streamed in three chunks by a generator. */
export const STREAM_APP = `from flask import Flask
app = Flask(__name__)

@app.get("/stream")
def stream():
    def generate():
        for n in range(1, 4):
            yield f"chunk {n}\\n"
    return generate(), {"Content-Type": "text/plain"}`;

export const workspaceTab = (page: Page, name: WorkspaceTab): Locator =>
  page.getByRole("tablist", { name: "Workspace" }).getByRole("tab", { name, exact: true });

/**
 * Python is ready, the app in the editor runs (the editor may be out of sight:
 * a course page, a narrow tab) and the page is done saving its offline copy,
 * so no passing notice is in the shot.
 */
export async function ready(page: Page): Promise<void> {
  await expect(page.getByTestId("runtime-status")).toHaveText(/ready/, { timeout: 45_000 });
  await expect(page.getByTestId("app-status")).toContainText("App running");
  await serverSettled(page);
}

/** Load `code` and check that it is the app that answers. */
export async function loadApp(playground: Playground, code: string): Promise<void> {
  await playground.setCode(code);
  await expect(playground.page.getByTestId("app-status")).toContainText("App running");
}

/** The first visit: Python ready and the starter app running. */
export async function firstVisit(playground: Playground, url = "/"): Promise<void> {
  await playground.page.goto(url);
  await ready(playground.page);
  await monacoShown(playground.page);
}

/** Send, and check that the editor's code answered (not an older version, which says when it was loaded). */
async function sendToLoadedApp(playground: Playground, method: string, path: string): Promise<void> {
  await playground.send(method, path);
  await expect(playground.page.getByTestId("older-app")).toHaveCount(0);
}

/** (After firstVisit.) An app answered a request; the inspector holds the complete response. */
export async function sendJson(playground: Playground): Promise<void> {
  await loadApp(playground, JSON_APP);
  await sendToLoadedApp(playground, "GET", "/");
}

/** A lesson whose starter code fails its checks, with "Run checks" pressed. */
export async function failingLesson(playground: Playground): Promise<void> {
  const { page } = playground;
  await page.goto("/#lesson=strings");
  await ready(playground.page);
  const checks = page.getByTestId("checks");
  // The checks run when the lesson's app loads; pressing Run checks runs them again, with the same result.
  await expect(checks.locator('li.check[data-state="fail"]').first()).toBeVisible();
  await page.getByRole("button", { name: "Run checks" }).click();
  await expect(checks.locator('li.check[data-state="fail"]').first()).toBeVisible();
  await expect(checks.locator(".check-why").first()).toBeVisible();
  await monacoShown(page);
}

/** (After firstVisit.) /old followed through its 302 to /new, every hop listed. */
export async function followRedirect(playground: Playground): Promise<void> {
  await loadApp(playground, REDIRECT_APP);
  await playground.page.getByLabel("Follow redirects").check();
  await sendToLoadedApp(playground, "GET", "/old");
  await expect(playground.page.getByTestId("redirect-chain").getByRole("listitem")).toHaveCount(2);
}

/** (After firstVisit.) A streamed body, complete: its chunks listed with their times. */
export async function streamChunks(playground: Playground): Promise<void> {
  await loadApp(playground, STREAM_APP);
  await sendToLoadedApp(playground, "GET", "/stream");
  await expect(playground.page.getByTestId("chunk-timeline").getByRole("listitem")).toHaveCount(3);
}

/** The Share dialog, open over the screen. */
export async function openShare(page: Page): Promise<Locator> {
  await page.getByRole("button", { name: "Share", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Share" });
  await expect(dialog.getByTestId("share-status")).toContainText(/Link copied/);
  return dialog;
}

/** Monaco has taken the plain editor's place (it does so about a second after the app loads, and again after a layout change). */
export async function monacoShown(page: Page): Promise<void> {
  await expect(page.locator(".editor-host .monaco-slot:not([hidden]) .monaco-editor")).toHaveCount(1);
  await expect(page.locator(".editor-host .plain-editor")).toHaveCount(0);
}

/**
 * Show the page at `size` in `scheme` and wait until the layout has followed:
 * the layout attribute, the narrow tab asked for, Monaco back in place after a
 * switch between the narrow and the wide layout (each has its own tree) and
 * in the scheme's theme, the fonts, and no focus ring or tooltip left.
 */
export async function showAt(page: Page, size: Size, scheme: Scheme, tab?: WorkspaceTab): Promise<void> {
  await page.setViewportSize(size);
  await page.emulateMedia({ colorScheme: scheme });
  const narrow = size.width < 1000;
  await expect(page.locator(".app")).toHaveAttribute("data-layout", narrow ? "narrow" : "wide");
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor))
    .toBe(scheme === "dark" ? "rgb(13, 17, 23)" : "rgb(255, 255, 255)");
  if (narrow && tab) {
    await workspaceTab(page, tab).click();
    await expect(workspaceTab(page, tab)).toHaveAttribute("aria-selected", "true");
  }
  if (await page.locator(".editor-host").count()) {
    await monacoShown(page);
    await expect(page.locator(".editor-host .monaco-editor")).toHaveClass(new RegExp(scheme === "dark" ? "\\bvs-dark\\b" : "\\bvs\\b"));
  }
  // No focus ring or editor cursor, unless a dialog holds the focus.
  if ((await page.getByRole("dialog").count()) === 0) await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.mouse.move(0, 0);
  await expect(page.getByRole("tooltip")).toHaveCount(0);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** Scroll the pane that holds `target` (and only that pane) so `target` is at its top. */
export async function scrollIntoPane(target: Locator): Promise<void> {
  await target.evaluate((element) => {
    let pane = element.parentElement;
    while (pane && !(pane.scrollHeight > pane.clientHeight && /auto|scroll/.test(getComputedStyle(pane).overflowY))) pane = pane.parentElement;
    if (pane) pane.scrollTop += element.getBoundingClientRect().top - pane.getBoundingClientRect().top;
  });
}

/** What changes between runs: timings, timestamps, the share link, the reload time. */
export function changing(page: Page): Locator[] {
  return [
    page.getByTestId("app-status"),
    page.getByTestId("took"),
    page.locator(".chunk-time"),
    page.locator(".history-time"),
    page
      .getByTestId("response-headers")
      .locator("tr", { has: page.locator("td.name", { hasText: /^Date\b/ }) })
      .locator(".header-value"),
    // The development server's access lines carry the time: [30/Nov/2025 18:20:18].
    page.locator(".log", { has: page.locator(".log-source", { hasText: /werkzeug$/ }) }).locator(".log-message"),
    page.getByRole("dialog").getByLabel("Share link"),
    page.getByRole("dialog").getByTestId("embed-code"),
    page.getByRole("dialog").getByTestId("share-status"),
  ];
}
