/**
 * Accessibility: an axe-core scan of every screen (each tab, menu, popover and
 * dialog open in turn), light and dark, finds no violations of any impact.
 * Monaco, a third-party widget with its own accessibility support, is left
 * out of the scan; everything else is in, with every rule on.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test, LESSON_COUNT } from "./fixtures";
import * as screens from "./screens";
import { SCHEMES, workspaceTab } from "./screens";

/** Scan the page as it is, in both schemes; every violation is reported (soft), each with the elements it found. */
async function expectAccessible(page: Page, what: string): Promise<void> {
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect
      .poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor))
      .toBe(scheme === "dark" ? "rgb(13, 17, 23)" : "rgb(255, 255, 255)");
    const { violations } = await new AxeBuilder({ page }).exclude(".monaco-editor").analyze();
    expect
      .soft(
        violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
        `${what}, ${scheme}`,
      )
      .toEqual([]);
  }
}

const tabIn = (page: Page, list: string, name: RegExp) => page.getByRole("tablist", { name: list }).getByRole("tab", { name });

/** Select a tab and wait until its panel shows. */
async function select(page: Page, list: string, name: RegExp): Promise<void> {
  const tab = tabIn(page, list, name);
  await tab.click();
  await expect(tab).toHaveAttribute("aria-selected", "true");
}

test.describe("accessibility", () => {
  // Many scans a test, two schemes each.
  test.describe.configure({ timeout: 180_000 });

  test("the file bar's name form and the embed", async ({ playground }) => {
    const { page } = playground;
    await screens.firstVisit(playground);
    const bar = page.getByRole("navigation", { name: "Files of the app" });
    await bar.getByRole("button", { name: "New file" }).click();
    await bar.getByLabel("New file's name").fill("../nope.py");
    await bar.getByRole("button", { name: "Add", exact: true }).click();
    await expect(bar.getByRole("alert")).toBeVisible();
    await expectAccessible(page, "file bar with a refused name");

    await page.getByRole("button", { name: "Share" }).click();
    const snippet = await page.getByTestId("embed-code").inputValue();
    await page.goto(/src="([^"]+)"/.exec(snippet)![1].replace(/&amp;/g, "&"));
    await expect(page.getByTestId("runtime-status")).toHaveText(/ready/, { timeout: 45_000 });
    await expect(page.getByTestId("app-status")).toContainText("App running");
    await expectAccessible(page, "embed");
  });

  test("first visit and the request builder's tabs", async ({ playground }) => {
    const { page } = playground;
    await screens.firstVisit(playground);
    await expectAccessible(page, "first visit");

    for (const name of [/^Body/, /^Routes/, /^Cookies/, /^Headers/]) {
      await select(page, "Request parts", name);
      await expectAccessible(page, `request builder: ${name.source}`);
    }
    await page.getByLabel("Method", { exact: true }).selectOption("POST");
    await select(page, "Request parts", /^Body/);
    // A text body (JSON, raw text) and a list of fields (form, multipart).
    for (const kind of ["JSON", "Multipart"]) {
      await page.getByRole("radio", { name: kind }).check();
      await expectAccessible(page, `request builder: body as ${kind}`);
    }
  });

  test("the File menu, Run it locally, Settings and Share", async ({ playground }) => {
    const { page } = playground;
    await screens.firstVisit(playground);
    await page.getByRole("button", { name: "File", exact: true }).click();
    await expect(page.getByRole("menu")).toBeVisible();
    await expectAccessible(page, "File menu open");
    await page.getByRole("menuitem", { name: "Run it locally…" }).click();
    await expect(page.getByRole("dialog", { name: "Run it locally" })).toBeVisible();
    await expectAccessible(page, "Run it locally dialog");
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog")).toHaveCount(0);

    await page.getByRole("button", { name: "Settings" }).click();
    await expect(page.getByRole("dialog", { name: "Settings" })).toBeVisible();
    await expectAccessible(page, "Settings open");
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog")).toHaveCount(0);

    const dialog = await screens.openShare(page);
    await expect(dialog).toBeVisible();
    await expectAccessible(page, "Share dialog");
  });

  test("a response: each inspector tab, the headers explained, history and compare", async ({ playground }) => {
    const { page } = playground;
    await screens.firstVisit(playground);
    await screens.sendJson(playground);
    await expectAccessible(page, "response body");
    for (const view of [/^raw$/, /^preview$/]) {
      const tab = page.getByRole("tab", { name: view });
      if (await tab.count()) {
        await tab.click();
        await expectAccessible(page, `response body ${view.source}`);
      }
    }
    await page.getByRole("button", { name: "Explain every header" }).click();
    await expectAccessible(page, "headers explained");
    for (const name of [/^Request$/, /^Security$/, /^Body$/]) {
      await select(page, "Response parts", name);
      await expectAccessible(page, `response ${name.source}`);
    }
    await playground.send("GET", "/");
    await select(page, "Inspector", /^History/);
    await expectAccessible(page, "history");
    await page.getByRole("radio", { name: "Compare #1 as A" }).check();
    await page.getByRole("radio", { name: "Compare #2 as B" }).check();
    await expect(page.getByTestId("compare")).toBeVisible();
    await expectAccessible(page, "compare");
  });

  test("a lesson with failing checks", async ({ playground }) => {
    await screens.failingLesson(playground);
    await expectAccessible(playground.page, "lesson with failing checks");
  });

  test("the course overview and the course done page", async ({ playground }) => {
    const { page } = playground;
    await screens.firstVisit(playground, "/#course");
    await expect(page.getByTestId("course-page")).toHaveAttribute("data-view", "overview");
    await expect(page.getByTestId("course-lessons").locator("li")).toHaveCount(LESSON_COUNT);
    await expectAccessible(page, "course overview");
    await page.goto("/#course=done");
    await expect(page.getByTestId("course-page")).toHaveAttribute("data-view", "done");
    await expect(page.getByTestId("capstone-share")).toBeVisible();
    await expectAccessible(page, "course done");
  });

  test("a redirect chain and a stream", async ({ playground }) => {
    const { page } = playground;
    await screens.firstVisit(playground);
    await screens.followRedirect(playground);
    await expectAccessible(page, "redirect chain");
    await screens.streamChunks(playground);
    await expectAccessible(page, "stream");
  });

  test("at 390 px, each of the narrow tabs", async ({ playground }) => {
    const { page } = playground;
    await page.setViewportSize({ width: 390, height: 844 });
    await screens.failingLesson(playground);
    await expect(page.locator(".app")).toHaveAttribute("data-layout", "narrow");
    await expectAccessible(page, "narrow: Lesson");
    await workspaceTab(page, "Request").click();
    await page.getByRole("button", { name: "Send", exact: true }).click();
    await expect(workspaceTab(page, "Response")).toHaveAttribute("aria-selected", "true");
    await expect(page.getByTestId("inspector")).toHaveAttribute("data-complete", "true");
    for (const tab of ["Response", "Code", "Request", "Logs"] as const) {
      await workspaceTab(page, tab).click();
      await expect(workspaceTab(page, tab)).toHaveAttribute("aria-selected", "true");
      await expectAccessible(page, `narrow: ${tab}`);
    }
  });
});
