/**
 * Layout and accessibility: resizable panels by mouse and keyboard, keyboard
 * reachable controls, themes that follow the system, and an axe-core scan.
 */
import { expect, test } from "./fixtures";

test("panels resize from the keyboard", async ({ playground }) => {
  const { page } = playground;
  await page.goto("/");
  await playground.ready();
  const editor = page.getByTestId("editor");
  const before = (await editor.boundingBox())!.width;
  const separator = page.getByRole("separator", { name: "Resize editor and inspector" });
  await separator.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
  await expect.poll(async () => (await editor.boundingBox())!.width).toBeGreaterThan(before + 20);
});

test("tabs move with the arrow keys and focus is visible", async ({ playground }) => {
  const { page } = playground;
  await page.goto("/");
  await playground.ready();
  const headersTab = page.getByRole("tab", { name: /^Headers/ });
  await headersTab.focus();
  await page.keyboard.press("ArrowRight");
  const bodyTab = page.getByRole("tab", { name: /^Body/ });
  await expect(bodyTab).toBeFocused();
  await expect(bodyTab).toHaveAttribute("aria-selected", "true");
  const outline = await bodyTab.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe("none");
});

for (const scheme of ["light", "dark"] as const) {
  // axe scans every screen in both themes in a11y.spec.ts.
  test(`the ${scheme} theme follows the system, Monaco included`, async ({ playground }) => {
    const { page } = playground;
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/");
    await playground.ready();
    await playground.send("GET", "/");
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe(scheme === "dark" ? "rgb(13, 17, 23)" : "rgb(255, 255, 255)");
    await expect(page.locator(".monaco-editor")).toHaveClass(new RegExp(scheme === "dark" ? "vs-dark" : "vs(?!-)"));
  });
}

/** Nothing on the page, and nothing in any pane shown, is wider than its box (a pane's own code editor scrolls inside itself). */
async function sidewaysOverflow(page: import("@playwright/test").Page): Promise<string[]> {
  return page.evaluate(() => {
    const wide: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth) wide.push(`page: ${document.documentElement.scrollWidth} > ${window.innerWidth}`);
    for (const pane of document.querySelectorAll<HTMLElement>(".tab-panel:not([hidden]), .lesson, .exchange-pane, .editor-pane, .logs")) {
      if (pane.getClientRects().length && pane.scrollWidth > pane.clientWidth + 1) {
        wide.push(`${pane.className}: ${pane.scrollWidth} > ${pane.clientWidth}`);
      }
    }
    return wide;
  });
}

for (const [width, height] of [
  [390, 844],
  [768, 1024],
  [1280, 720],
] as const) {
  test(`at ${width}x${height} a learner opens a lesson, edits, sends and reads the response, with nothing scrolling sideways`, async ({
    playground,
  }) => {
    const { page } = playground;
    await page.setViewportSize({ width, height });
    await page.goto("/#lesson=strings");
    await expect(page.getByTestId("runtime-status")).toHaveText(/ready/, { timeout: 45_000 });
    const narrow = width < 1000;
    await expect(page.locator(".app")).toHaveAttribute("data-layout", narrow ? "narrow" : "wide");
    const tab = (name: string) => page.getByRole("tablist", { name: "Workspace" }).getByRole("tab", { name, exact: true });
    if (narrow) {
      // One column of tabs, the lesson first.
      await expect(page.getByTestId("lesson")).toBeVisible();
      expect(await sidewaysOverflow(page), "the lesson tab").toEqual([]);
      await tab("Code").click();
    }
    await playground.setCode(`from flask import Flask
app = Flask(__name__)

@app.get("/hello/<name>")
def hello(name):
    return f"Hello, {name}!", {"Set-Cookie": "seen=yes; Path=/; HttpOnly; SameSite=Lax", "X-Long": "${"a-very-long-header-value-".repeat(8)}"}`);
    expect(await sidewaysOverflow(page), "the code").toEqual([]);
    if (narrow) await tab("Request").click();
    await page.getByLabel("Path", { exact: true }).fill("/hello/Ada");
    await page.getByRole("button", { name: "Send", exact: true }).click();
    // The response comes forward by itself on a narrow screen.
    await expect(page.getByTestId("status")).toHaveText("HTTP/1.1 200 OK");
    await expect(page.getByTestId("status")).toBeInViewport();
    await expect(page.getByTestId("response-body")).toContainText("Hello, Ada!");
    // Headers are compact (explanations on demand), so the body is on screen without scrolling.
    if (width === 1280) await expect(page.getByTestId("response-body")).toBeInViewport();
    await expect(page.locator("table.headers td.name", { hasText: "Set-Cookie" }).first()).toBeVisible();
    expect(await sidewaysOverflow(page), "the response").toEqual([]);
    if (narrow) {
      await tab("Logs").click();
      await expect(page.getByRole("heading", { name: "Logs" })).toBeVisible();
      expect(await sidewaysOverflow(page), "the logs").toEqual([]);
    }
  });
}
