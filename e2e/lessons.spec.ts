/**
 * Guided lessons in the browser: checks run against the learner's real app,
 * progress is kept, deep links open lessons, reset and show-solution work.
 */
import { readFileSync } from "node:fs";
import { appReturning, expect, test, LESSON_COUNT } from "./fixtures";

const lessonFile = (slug: string, file: string) => readFileSync(new URL(`../lessons/${slug}/${file}`, import.meta.url), "utf8");

test("editing the code turns the checks green, completes the lesson, and progress survives a reload", async ({ playground }) => {
  const { page } = playground;
  await page.goto("/#lesson=strings");
  await playground.ready();
  const checks = page.getByTestId("checks");
  await expect(checks.locator('[data-state="fail"]').first()).toBeVisible();
  await expect(checks.locator('[data-check="hello-name"]')).toContainText('expected "Hello, Ada!"');
  await expect(page.getByTestId("lesson-complete")).toHaveCount(0);

  await playground.setCode(lessonFile("01-strings", "app-b/app.py"));
  await expect(checks.locator("li.check")).toHaveCount(3);
  await expect(checks.locator('li.check[data-state="pass"]')).toHaveCount(3);
  await expect(page.getByTestId("lesson-complete")).toBeVisible();
  await expect(page.getByTestId("lesson-progress")).toHaveText(`1 of ${LESSON_COUNT} done`);

  await page.reload();
  await playground.ready();
  await expect(page.getByLabel("Lesson", { exact: true })).toHaveValue("strings");
  await expect(page.getByTestId("lesson-complete")).toBeVisible();
  await expect(page.getByTestId("lesson-progress")).toHaveText(`1 of ${LESSON_COUNT} done`);
  // The learner's code for the lesson was kept too.
  expect(await playground.code()).toBe(lessonFile("01-strings", "app-b/app.py").trimEnd());
});

test("a deep link opens its lesson with the starter code; the lesson list and next/previous move between lessons", async ({ playground }) => {
  const { page } = playground;
  await page.goto("/#lesson=json");
  await playground.ready();
  await expect(page.getByTestId("lesson").getByRole("heading", { level: 1 })).toHaveText(/JSON/);
  await expect.poll(() => playground.code()).toBe(lessonFile("05-json", "app-a/app.py"));
  await page.getByRole("button", { name: /6\. Response objects →/ }).click();
  await expect(page).toHaveURL(/#lesson=response-objects$/);
  await expect(page.getByTestId("lesson").getByRole("heading", { level: 1 })).toHaveText(/Response objects/);
  await page.getByRole("button", { name: /← 5\. JSON/ }).click();
  await expect(page).toHaveURL(/#lesson=json$/);
  await page.getByLabel("Lesson", { exact: true }).selectOption("");
  await expect(page.getByTestId("lesson")).toHaveCount(0);
  await expect(page.getByTestId("editor")).toBeVisible();
});

test("a link to a lesson that does not exist says so and shows the list of lessons", async ({ playground }) => {
  const { page } = playground;
  await page.goto("/#lesson=nope");
  await expect(page.getByTestId("link-error")).toContainText("There is no lesson “nope”");
  await expect(page).toHaveURL(/#course$/);
  await expect(page.getByTestId("course-lessons").locator("li")).toHaveCount(LESSON_COUNT);
  await page.getByRole("link", { name: "1. Returning a string" }).click();
  await expect(page).toHaveURL(/#lesson=strings$/);
});

test("the free playground and each lesson keep their own code", async ({ playground }) => {
  const { page } = playground;
  await page.goto("/");
  await playground.ready();
  const mine = appReturning("my playground");
  await playground.setCode(mine);
  await page.getByLabel("Lesson", { exact: true }).selectOption("headers");
  await expect.poll(() => playground.code()).toBe(lessonFile("03-headers", "app-a/app.py"));
  await page.getByLabel("Lesson", { exact: true }).selectOption("");
  await expect.poll(() => playground.code()).toBe(mine);
});

test("reset to starter asks first and can be undone; show solution diffs against the learner's code", async ({ playground }) => {
  const { page } = playground;
  await page.goto("/#lesson=strings");
  await playground.ready();
  const edited = `${lessonFile("01-strings", "app-a/app.py").trimEnd()}\n\n# my notes`;
  await playground.setCode(edited);
  await page.getByRole("button", { name: "Reset to starter" }).click();
  await expect(page.getByRole("alertdialog", { name: "Reset to the starter code?" })).toBeVisible();
  await page.getByRole("button", { name: "Cancel" }).click();
  expect(await playground.code()).toBe(edited);
  await page.getByRole("button", { name: "Reset to starter" }).click();
  await page.getByRole("button", { name: "Yes, reset" }).click();
  await expect.poll(() => playground.code()).toBe(lessonFile("01-strings", "app-a/app.py"));
  await page.getByRole("button", { name: "Undo reset" }).click();
  await expect.poll(() => playground.code()).toBe(edited);

  await page.getByRole("button", { name: "Show solution" }).click();
  const solution = page.getByTestId("solution");
  await expect(solution.locator(".monaco-diff-editor")).toBeVisible();
  // The solution's greeting line appears as inserted on the right.
  await expect(solution.locator(".modified-in-monaco-diff-editor")).toContainText('f"Hello, {name}!"');
  await expect(solution.locator(".original-in-monaco-diff-editor")).toContainText('return "Hello!"');
});

test("hints come one at a time, suggested requests are one click, questions explain the answer", async ({ playground }) => {
  const { page } = playground;
  await page.goto("/#lesson=headers");
  await playground.ready();
  const hints = page.getByTestId("hints").locator("li");
  await expect(hints).toHaveCount(0);
  await page.getByRole("button", { name: "Show a hint" }).click();
  await expect(hints).toHaveCount(1);
  await page.getByRole("button", { name: /Show hint 2 of 3/ }).click();
  await expect(hints).toHaveCount(2);

  await page.getByRole("button", { name: "GET /tags" }).click();
  await expect(page.getByTestId("inspector")).toHaveAttribute("data-complete", "true");
  await expect(page.getByTestId("exchange-meta")).toContainText("GET /tags");
  await expect(page.getByTestId("response-headers")).toContainText("X-Tag");

  const question = page.getByTestId("question-0");
  await question.getByLabel("A dict with the name twice").check();
  await expect(question.getByRole("status")).toContainText("Not quite.");
  await question.getByLabel("A list of (name, value) pairs or a Headers object").check();
  await expect(question.getByRole("status")).toContainText("Right.");
  await expect(question.getByRole("status")).toContainText("two separate X-Tag lines");
});

test("a wrong answer fails with the inspector's own warning and why, and the check links the section that explains it", async ({ playground }) => {
  const { page } = playground;
  await page.goto("/#lesson=pitfalls");
  await playground.ready();
  // lessons/10-pitfalls/wrong/01: the 404 is right, but json.dumps makes the body text/html.
  await playground.setCode(lessonFile("10-pitfalls", "wrong/01-json-dumps-404.py"));
  const check = page.getByTestId("checks").locator('[data-check="real-404"]');
  await expect(check).toHaveAttribute("data-state", "fail");
  await expect(check).toContainText('The inspector finds no "json-as-html" pitfall: expected no such pitfall, got JSON sent as text/html');
  await expect(check.locator(".check-why").first()).toContainText("json.dumps(data)");

  // The inspector beside it says the same about the same response.
  await playground.send("GET", "/api/users/42");
  await expect(page.locator('[data-pitfall="json-as-html"]')).toBeVisible();

  const heading = page.getByTestId("lesson").getByRole("heading", { name: "1. An error with status 200" });
  await check.getByRole("button", { name: "Read: 1. An error with status 200" }).click();
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
});

test("a check sees what the app logged while answering, through the worker: no log fails, app.logger.exception passes", async ({ playground }) => {
  const { page } = playground;
  await page.goto("/#lesson=no-tracebacks");
  await playground.ready();
  const check = page.getByTestId("checks").locator('[data-check="logs-traceback"]');
  // lessons/11-no-tracebacks/wrong/08: the generic 500 is right, but nothing is logged.
  await playground.setCode(lessonFile("11-no-tracebacks", "wrong/08-no-logging.py"));
  await expect(check).toHaveAttribute("data-state", "fail");
  await expect(check).toContainText("expected an ERROR line containing");
  await expect(check.locator(".check-why")).toContainText("app.logger.exception");

  await playground.setCode(lessonFile("11-no-tracebacks", "app-b/app.py"));
  await expect(check).toHaveAttribute("data-state", "pass");
  await expect(page.getByTestId("checks").locator('li.check[data-state="fail"]')).toHaveCount(0);
});
