/**
 * The playground's Content-Security-Policy: normal use causes no violations,
 * and script injected into the page is blocked.
 */
import { expect, test } from "./fixtures";

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
});

const violations = (page: import("@playwright/test").Page) =>
  page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

test("normal use causes no CSP violations", async ({ playground }) => {
  const { page } = playground;
  await page.goto("/#lesson=strings");
  await playground.ready();
  await playground.setCode(`from flask import Flask
app = Flask(__name__)

@app.get("/")
def index():
    return "<h1>Hi</h1><img src='data:image/gif;base64,R0lGODlhAQABAAAAACw='>"`);
  await playground.send("GET", "/");
  await page.getByRole("tab", { name: "preview" }).click();
  await page.getByRole("button", { name: "Show solution" }).click();
  await expect(page.getByTestId("solution").locator(".monaco-diff-editor")).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test("script injected into the page is blocked by the CSP", async ({ playground }) => {
  const { page } = playground;
  playground.consoleErrors.length = 0;
  await page.goto("/");
  await playground.ready();
  const ran = await page.evaluate(async () => {
    const script = document.createElement("script");
    script.textContent = "window.__injected = true";
    document.body.append(script);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  expect((await violations(page)).some((v) => v.startsWith("script-src"))).toBe(true);
  // The blocked script is the only console error here.
  expect(playground.consoleErrors.every((e) => e.includes("Content Security Policy"))).toBe(true);
  playground.consoleErrors.length = 0;
});
