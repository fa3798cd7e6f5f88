/**
 * A path learners finish: the way on once a lesson's checks pass, the course
 * overview with the learner's progress, the final page with a share link of
 * their capstone, and progress carried out and back in as a file.
 */
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { appReturning, expect, test, LESSON_COUNT } from "./fixtures";

const lessonFile = (slug: string, file: string) => readFileSync(new URL(`../lessons/${slug}/${file}`, import.meta.url), "utf8");

/** The code saved for a workspace ("playground", "lesson:<id>"), or null. */
const savedCode = (page: Page, key: string) =>
  page.evaluate((k) => (JSON.parse(localStorage.getItem(`flask-playground:workspace:${k}`) ?? "null") as { code: string } | null)?.code ?? null, key);

/** Everything the playground keeps in localStorage, to prove an import changed nothing. */
const playgroundStorage = (page: Page) =>
  page.evaluate(() =>
    JSON.stringify(
      Object.entries(localStorage)
        .filter(([key]) => key.startsWith("flask-playground"))
        .sort(),
    ),
  );

/** Put code in the editor without waiting for Python (as the debug handle does), and wait for the autosave. */
async function saveCode(page: Page, key: string, code: string): Promise<void> {
  await page.waitForFunction(() => window.__playground !== undefined);
  await page.evaluate((text) => window.__playground!.setCode(text), code);
  await expect.poll(() => savedCode(page, key)).toBe(code);
}

/** Checks run after the app reloads; on a machine with a load average of 10 that can outlast the default 20 s. */
const CHECKS_RUN = { timeout: 45_000 };

const row = (page: Page, lessonId: string) => page.getByTestId("course-lessons").locator(`li[data-lesson="${lessonId}"]`);
const lessonHeading = (page: Page) => page.getByTestId("lesson").getByRole("heading", { level: 1 });
const headerLink = (page: Page, name: string) => page.getByRole("banner").getByRole("link", { name });

test("passing a lesson's last check offers the next lesson, and the link opens it", async ({ playground }) => {
  // Python boots and the checks run: on a machine with a load average of 10 that can outlast a minute.
  test.slow();
  const { page } = playground;
  await page.goto("/#lesson=strings");
  await playground.ready();
  const next = page.getByRole("link", { name: "All checks pass — next: 2. Status codes in tuples →" });
  await expect(page.getByTestId("checks").locator('[data-state="fail"]').first()).toBeVisible();
  await expect(next).toHaveCount(0);

  await playground.setCode(lessonFile("01-strings", "app-b/app.py"));
  await expect(next).toBeVisible(CHECKS_RUN);
  // Right under the checks, reachable by keyboard.
  await expect(page.getByRole("region", { name: "Checks" }).getByRole("link", { name: /All checks pass/ })).toBeVisible();
  await next.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#lesson=status-codes$/);
  await expect(lessonHeading(page)).toHaveText(/Status codes/);
  await expect(page.getByRole("link", { name: /All checks pass/ })).toHaveCount(0);
});

test("the course overview shows each lesson's progress, survives a reload, and opens a lesson", async ({ playground }) => {
  // Python boots and the checks run: on a machine with a load average of 10 that can outlast a minute.
  test.slow();
  const { page } = playground;
  await page.goto("/#lesson=strings");
  await playground.ready();
  await playground.setCode(lessonFile("01-strings", "app-b/app.py"));
  await expect(page.getByTestId("lesson-complete")).toBeVisible(CHECKS_RUN);
  await page.getByLabel("Lesson", { exact: true }).selectOption("headers");
  await expect.poll(() => playground.code()).toBe(lessonFile("03-headers", "app-a/app.py"));
  await playground.setCode(`${lessonFile("03-headers", "app-a/app.py").trimEnd()}\n# started`);

  await headerLink(page, "Course overview").click();
  await expect(page).toHaveURL(/#course$/);
  await expect(page.getByRole("heading", { level: 1, name: "Course overview" })).toBeFocused();
  const expectProgress = async () => {
    await expect(page.getByTestId("course-lessons").locator("li")).toHaveCount(LESSON_COUNT);
    await expect(page.getByTestId("course-progress")).toHaveText(`1 of ${LESSON_COUNT} done`);
    await expect(row(page, "strings")).toHaveAttribute("data-status", "complete");
    await expect(row(page, "strings")).toContainText("✓ Complete");
    await expect(row(page, "headers")).toHaveAttribute("data-status", "in-progress");
    await expect(row(page, "headers")).toContainText("In progress");
    await expect(row(page, "json")).toHaveAttribute("data-status", "not-started");
    await expect(row(page, "json")).toContainText("Return a dict or a list (or call jsonify)");
  };
  await expectProgress();
  await expect(page.getByTestId("editor")).toBeHidden();

  await page.reload();
  await expectProgress();

  // Back goes to the lesson the overview was opened from; forward comes back to the overview.
  await page.goBack();
  await expect(page).toHaveURL(/#lesson=headers$/);
  await expect(page.getByTestId("course-page")).toHaveCount(0);
  await expect(lessonHeading(page)).toHaveText(/Headers/);
  await page.goForward();
  await expect(page.getByTestId("course-page")).toBeVisible();

  // The whole row opens its lesson.
  await row(page, "json").click();
  await expect(page).toHaveURL(/#lesson=json$/);
  await expect(page.getByTestId("course-page")).toHaveCount(0);
  await expect(lessonHeading(page)).toHaveText(/JSON/);
  await expect.poll(() => playground.code()).toBe(lessonFile("05-json", "app-a/app.py"));
});

test("progress exported, storage cleared, then imported: progress and code are back", async ({ playground }) => {
  // Python boots and the checks run: on a machine with a load average of 10 that can outlast a minute.
  test.slow();
  const { page } = playground;
  const solution = lessonFile("01-strings", "app-b/app.py").trimEnd();
  const mine = appReturning("my playground");
  await page.goto("/#lesson=strings");
  await playground.ready();
  await playground.setCode(solution);
  await expect(page.getByTestId("lesson-complete")).toBeVisible(CHECKS_RUN);
  await page.getByLabel("Lesson", { exact: true }).selectOption("");
  await playground.setCode(mine);

  await headerLink(page, "Course overview").click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export progress" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^flask-playground-progress-\d{4}-\d\d-\d\d\.json$/);
  const exported = readFileSync(await download.path(), "utf8");
  expect(JSON.parse(exported)).toMatchObject({
    format: "flask-playground-progress",
    version: 1,
    lessonProgress: { strings: { completed: true } },
    workspaces: { playground: { code: mine }, "lesson:strings": { code: solution } },
  });
  await expect(page.getByTestId("progress-file-message")).toContainText("Exported: 1 lesson complete");

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByTestId("course-progress")).toHaveText(`0 of ${LESSON_COUNT} done`);
  expect(await playground.code()).not.toBe(mine);

  await page
    .getByLabel("Import a progress file")
    .setInputFiles({ name: "progress.json", mimeType: "application/json", buffer: Buffer.from(exported) });
  await expect(page.getByTestId("progress-file-message")).toContainText("Imported progress.json: progress of 1 lesson, code of 2 workspaces.");
  await expect(page.getByTestId("course-progress")).toHaveText(`1 of ${LESSON_COUNT} done`);
  await expect(row(page, "strings")).toHaveAttribute("data-status", "complete");
  // The open workspace (the playground) shows its code at once; the lesson's is there when opened.
  await expect.poll(() => playground.code()).toBe(mine);
  expect(await savedCode(page, "playground")).toBe(mine);
  await row(page, "strings").getByRole("link").click();
  await expect.poll(() => playground.code()).toBe(solution);
  await expect(page.getByTestId("lesson-complete")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("lesson-progress")).toHaveText(`1 of ${LESSON_COUNT} done`);
  await expect.poll(() => playground.code()).toBe(solution);
});

/** A progress file as the format says (docs/decisions/010-progress-file.md). */
const progressFile = (code: string, savedAt: number) =>
  JSON.stringify({
    format: "flask-playground-progress",
    version: 1,
    exportedAt: new Date(savedAt).toISOString(),
    lessonProgress: { json: { completed: true, hintsShown: 0, answers: {} } },
    workspaces: { playground: { code, savedAt } },
  });

test("importing over different saved code asks first: cancel, merge (the newer wins) or replace", async ({ playground }) => {
  const { page } = playground;
  await page.goto("/");
  const mine = appReturning("mine, saved just now");
  const theirs = appReturning("the file's, saved an hour ago");
  await saveCode(page, "playground", mine);
  await headerLink(page, "Course overview").click();
  const input = page.getByLabel("Import a progress file");
  const file = { name: "old.json", mimeType: "application/json", buffer: Buffer.from(progressFile(theirs, Date.now() - 3_600_000)) };
  const dialog = page.getByRole("alertdialog", { name: /old\.json has different code for 1 workspace/ });
  const before = await playgroundStorage(page);

  await input.setInputFiles(file);
  await expect(dialog).toContainText("the free playground: yours saved");
  await expect(dialog).toContainText("(yours is newer)");
  await expect(dialog.getByRole("button", { name: "Merge: keep the newer code of each" })).toBeFocused();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toHaveCount(0);
  expect(await playgroundStorage(page)).toBe(before);
  await expect(page.getByTestId("course-progress")).toHaveText(`0 of ${LESSON_COUNT} done`);

  await input.setInputFiles(file);
  await dialog.getByRole("button", { name: "Merge: keep the newer code of each" }).click();
  await expect(page.getByTestId("progress-file-message")).toContainText("Kept your newer code for the free playground.");
  await expect(page.getByTestId("course-progress")).toHaveText(`1 of ${LESSON_COUNT} done`);
  expect(await savedCode(page, "playground")).toBe(mine);
  expect(await playground.code()).toBe(mine);

  await input.setInputFiles(file);
  await dialog.getByRole("button", { name: "Replace with the file's" }).click();
  await expect(page.getByTestId("progress-file-message")).toContainText("Imported old.json: progress of 1 lesson, code of 1 workspace.");
  expect(await savedCode(page, "playground")).toBe(theirs);
  await expect.poll(() => playground.code()).toBe(theirs);
});

test("a malformed, foreign, newer or binary progress file says what is wrong and changes nothing", async ({ playground }) => {
  const { page } = playground;
  await page.goto("/");
  const mine = appReturning("mine");
  await saveCode(page, "playground", mine);
  await headerLink(page, "Course overview").click();
  const before = await playgroundStorage(page);
  const valid = JSON.parse(progressFile(appReturning("theirs"), Date.now())) as Record<string, unknown>;
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xd8]);
  const cases: [string, Buffer, RegExp][] = [
    ["notes.json", Buffer.from('{"format": "flask-playground-progress", "version": 1,'), /It is not valid JSON/],
    ["backup.json", Buffer.from(JSON.stringify({ format: "some-other-app", data: [] })), /not a progress file of this playground/],
    [
      "future.json",
      Buffer.from(JSON.stringify({ ...valid, version: 2 })),
      /made by a newer version of the playground \(progress format 2; this page reads up to 1\)/,
    ],
    ["photo.png", png, /It is not a text file/],
    [
      "edited.json",
      Buffer.from(JSON.stringify({ ...valid, workspaces: { playground: { code: 42, savedAt: null } } })),
      /workspaces\.playground\.code must be text/,
    ],
  ];
  const message = page.getByTestId("progress-file-message");
  for (const [name, buffer, reason] of cases) {
    await page.getByLabel("Import a progress file").setInputFiles({ name, mimeType: "application/octet-stream", buffer });
    await expect(message).toContainText(`Can't import ${name}:`);
    await expect(message).toContainText(reason);
    await expect(message).toContainText("Nothing was changed.");
    await expect(page.getByRole("alertdialog")).toHaveCount(0);
  }
  expect(await playgroundStorage(page)).toBe(before);
  await expect(page.getByTestId("course-progress")).toHaveText(`0 of ${LESSON_COUNT} done`);
  expect(await playground.code()).toBe(mine);
});

test("the last lesson leads to the final page, whose share link opens the learner's capstone in a new page", async ({ playground }) => {
  // Python boots and the capstone's checks run (the longest); a second page opens the link.
  test.slow();
  const { page } = playground;
  const solution = lessonFile("18-capstone", "app-b/app.py").trimEnd();
  await page.goto("/#lesson=capstone");
  await playground.ready();
  await expect(page.getByRole("navigation", { name: "Lessons" }).getByRole("link", { name: "What you can now do →" })).toBeVisible();
  await playground.setCode(solution);
  const finished = page.getByRole("link", { name: "All checks pass — you finished the course: what you can now do →" });
  await expect(finished).toBeVisible({ timeout: 60_000 }); // the capstone's checks are six sequences of requests
  await finished.click();

  await expect(page).toHaveURL(/#course=done$/);
  await expect(page.getByRole("heading", { level: 1, name: "What you can now do" })).toBeFocused();
  await expect(page.getByTestId("course-progress")).toContainText(`1 of ${LESSON_COUNT} done`);
  await expect(page.getByTestId("course-page").getByRole("link", { name: "Capstone", exact: true })).toHaveAttribute("href", "#lesson=capstone");
  const link = page.getByTestId("capstone-link");
  const url = await link.inputValue();
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#share=1\./);
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByTestId("capstone-share").getByRole("status")).toContainText(`Link copied (${url.length.toLocaleString("en")} characters).`);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

  const visitor = await page.context().newPage();
  const errors: string[] = [];
  visitor.on("pageerror", (error) => errors.push(String(error)));
  await visitor.goto(url);
  await expect(visitor.getByTestId("shared-banner")).toBeVisible();
  await expect.poll(() => visitor.evaluate(() => window.__playground?.getState().code)).toBe(solution);
  await expect(visitor.getByLabel("Lesson", { exact: true })).toHaveValue("capstone");
  await expect(visitor.getByLabel("Path", { exact: true })).toHaveValue("/api/tasks");
  expect(errors).toEqual([]);
  await visitor.close();
});

test("the final page says when the capstone is still the starter, and links to it", async ({ playground }) => {
  const { page } = playground;
  await page.goto("/#course=done");
  const share = page.getByTestId("capstone-share");
  await expect(share).toContainText("You haven't changed the capstone's starter code yet");
  await expect(page.getByTestId("capstone-link")).toHaveCount(0);
  await expect(page.getByTestId("course-progress")).toHaveText("0 of 18 done. Next open lesson: 1. Returning a string.");
  await share.getByRole("link", { name: `Open ${LESSON_COUNT}. Capstone: a small REST resource` }).click();
  await expect(page).toHaveURL(/#lesson=capstone$/);
  await expect(lessonHeading(page)).toHaveText(/Capstone/);
});

for (const scheme of ["light", "dark"] as const) {
  test(`the course pages have no serious accessibility violations (${scheme})`, async ({ playground }) => {
    const { page } = playground;
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/");
    await saveCode(page, "playground", appReturning("mine"));
    await page.evaluate(
      (code) => localStorage.setItem("flask-playground:workspace:lesson:capstone", JSON.stringify({ code, rev: 1, tabId: "t", savedAt: Date.now() })),
      appReturning("my capstone"),
    );
    for (const view of ["#course", "#course=done"]) {
      await page.goto(`/${view}`);
      await expect(page.getByTestId("course-page")).toBeVisible();
      const results = await new AxeBuilder({ page }).include('[data-testid="course-page"]').analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${view} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    }
    await expect(page.getByTestId("capstone-link")).toHaveValue(/#share=1\./);
  });
}
