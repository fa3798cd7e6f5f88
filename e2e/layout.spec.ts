/**
 * Layout and accessibility: resizable panels by mouse and keyboard, keyboard
 * reachable controls, themes that follow the system, and an axe-core scan.
 */
import AxeBuilder from "@axe-core/playwright";
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
  test(`the ${scheme} theme follows the system and has no serious accessibility violations`, async ({ playground }) => {
    const { page } = playground;
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/");
    await playground.ready();
    await playground.send("GET", "/");
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe(scheme === "dark" ? "rgb(13, 17, 23)" : "rgb(255, 255, 255)");
    await expect(page.locator(".monaco-editor")).toHaveClass(new RegExp(scheme === "dark" ? "vs-dark" : "vs(?!-)"));
    const results = await new AxeBuilder({ page }).exclude(".monaco-editor").analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}
