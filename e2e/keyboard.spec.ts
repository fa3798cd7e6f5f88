/**
 * The keyboard: Ctrl+Enter sends from anywhere (the code editor included),
 * the editor can be left without a mouse, no keystroke is lost when Monaco
 * takes over from the plain editor, and new code starts scrolled to its top-left.
 */
import { appReturning, expect, focusMonaco, test } from "./fixtures";

const editorText = (page: import("@playwright/test").Page) => page.locator(".monaco-editor").getByRole("textbox", { name: /Flask app code/ });

test("Ctrl+Enter in the code editor sends the request instead of inserting a line", async ({ playground }) => {
  const { page } = playground;
  await page.goto("/");
  await playground.ready();
  await playground.setCode(appReturning("from the keyboard"));
  await page.getByLabel("Path", { exact: true }).fill("/");
  await focusMonaco(page);
  await page.keyboard.press("ControlOrMeta+Enter");
  await expect(page.getByTestId("status")).toHaveText("HTTP/1.1 200 OK");
  await expect(page.getByTestId("response-body")).toContainText("from the keyboard");
  expect(await playground.code()).toBe(appReturning("from the keyboard"));
  await expect(editorText(page)).toBeFocused();
});

test("in the editor Tab indents, Esc then Tab leaves it (Shift+Tab backwards), as the line under it says", async ({ playground }) => {
  const { page } = playground;
  await page.goto("/");
  await playground.ready();
  const code = appReturning("tabs");
  await playground.setCode(code);
  await expect(page.getByTestId("editor")).toContainText("Esc then Tab leaves it");
  await focusMonaco(page);
  await page.keyboard.press("Escape");
  await page.keyboard.press("Tab");
  await expect(editorText(page)).not.toBeFocused();
  const after = await page.evaluate(() => document.activeElement?.closest(".monaco-editor") === null && document.activeElement !== document.body);
  expect(after, "focus moved to a control after the editor").toBe(true);
  expect(await playground.code()).toBe(code);

  await focusMonaco(page);
  await page.keyboard.press("Escape");
  await page.keyboard.press("Shift+Tab");
  await expect(editorText(page)).not.toBeFocused();
  expect(await playground.code()).toBe(code);

  // Tab on its own still indents.
  await focusMonaco(page);
  await page.keyboard.press("ControlOrMeta+Home");
  await page.keyboard.press("Tab");
  await expect.poll(() => playground.code()).toBe(`    ${code}`);
});

test("typing straight through the swap from the plain editor to Monaco loses no keystroke", async ({ playground }) => {
  const { page } = playground;
  await page.goto("/");
  const plain = page.locator("textarea.plain-editor");
  await plain.click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type("\n# ");
  const monaco = page.locator(".monaco-editor");
  let typed = "";
  // Type one letter at a time until Monaco has taken over, then a few more.
  for (let i = 0; !(await monaco.isVisible()); i++) {
    const letter = String.fromCharCode(97 + (i % 26));
    await page.keyboard.type(letter);
    typed += letter;
  }
  for (const letter of "xyz") {
    await page.keyboard.type(letter);
    typed += letter;
  }
  expect(typed.length).toBeGreaterThan(3);
  await expect.poll(() => playground.code()).toMatch(new RegExp(`\\n# ${typed}$`));
});

test("code from outside (a lesson opened) starts at its first column, not scrolled sideways", async ({ playground }) => {
  const { page } = playground;
  await page.goto("/");
  await playground.ready();
  await playground.setCode(`${appReturning("wide")}\n# ${"x".repeat(400)}`);
  await focusMonaco(page);
  await page.keyboard.press("ControlOrMeta+End");
  const lines = page.locator(".monaco-editor .lines-content");
  await expect(lines).not.toHaveCSS("left", "0px");
  await page.getByLabel("Lesson", { exact: true }).selectOption("strings");
  await expect(page.locator(".monaco-editor .view-line").first()).toContainText("from flask import");
  await expect(lines).toHaveCSS("left", "0px");
});

test("lesson 1 from the keyboard alone: reach the editor, write the solution, pass the checks, send, go on", async ({ playground }) => {
  // Python boots, the lesson loads, the checks run and the keyboard walks the page: long on a busy machine.
  test.slow();
  const { page } = playground;
  await page.goto("/#lesson=strings");
  await playground.ready();
  await expect(page.locator(".monaco-editor")).toBeVisible();
  const editor = editorText(page);
  // Tab from the top of the page until the code editor has the keyboard.
  await page.locator("body").focus();
  for (let presses = 0; !(await editor.evaluate((el) => el === document.activeElement)); presses++) {
    expect(presses, "Tab reaches the editor").toBeLessThan(100);
    await page.keyboard.press("Tab");
  }
  // Replace the starter with the solution: select all, paste (the clipboard is the learner's own).
  const solution = (await import("node:fs")).readFileSync(new URL("../lessons/01-strings/app-b/app.py", import.meta.url), "utf8").trimEnd();
  await page.evaluate((text) => navigator.clipboard.writeText(text), solution);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("ControlOrMeta+V");
  await expect.poll(() => playground.code()).toBe(solution);
  const checks = page.getByTestId("checks");
  await expect(checks.locator('li.check[data-state="pass"]')).toHaveCount(3);
  await expect(page.getByTestId("lesson-complete")).toBeVisible();
  // Send from the editor, then leave it with Esc, Tab and walk to the next lesson's link.
  await page.keyboard.press("ControlOrMeta+Enter");
  await expect(page.getByTestId("status")).toHaveText("HTTP/1.1 200 OK");
  await page.keyboard.press("Escape");
  await page.keyboard.press("Shift+Tab");
  await expect(editor).not.toBeFocused();
  const next = page.getByRole("link", { name: /All checks pass — next: 2\./ });
  for (let presses = 0; !(await next.evaluate((el) => el === document.activeElement)); presses++) {
    expect(presses, "Shift+Tab reaches the next-lesson link").toBeLessThan(100);
    await page.keyboard.press("Shift+Tab");
  }
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#lesson=status-codes$/);
});
