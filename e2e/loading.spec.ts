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
  // The editor is there and takes input before Python is ready.
  await page.locator(".monaco-editor .view-lines").click({ position: { x: 4, y: 4 } });
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type("\n# typed while loading");
  await expect.poll(() => playground.code()).toContain("# typed while loading");
  release();
  await playground.ready();
  await expect(page.getByRole("button", { name: "Send" })).toBeEnabled();
});
