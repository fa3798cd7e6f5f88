/**
 * A cold load takes seconds: the editor is usable at once, and the page shows
 * what is loading and how far along it is.
 */
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
  await expect(page.getByRole("button", { name: "Send" })).toBeEnabled();
  // Then Monaco takes over with the same code, the focus and the caret where they were.
  await expect(page.locator(".monaco-editor")).toBeVisible();
  await expect(plain).toHaveCount(0);
  await page.keyboard.type("!");
  await expect.poll(() => playground.code()).toMatch(/# typed while loading!$/);
});
