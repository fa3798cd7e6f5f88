/**
 * Share links and never losing work: a link restores code, request and lesson
 * in a fresh browser; bad links explain themselves and lose nothing; code is
 * autosaved; two tabs never silently overwrite each other; files in and out.
 */
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { appReturning, expect, focusMonaco, patient, test } from "./fixtures";

interface Fixture {
  name: string;
  url: string;
  state: { code: string; lesson: string | null; request: { method: string; path: string } };
}
/** The stored links of every format version (src/share/fixtures), as fragments to open here. */
const fixtures = (
  JSON.parse(readFileSync(new URL("../src/share/fixtures/v1-links.json", import.meta.url), "utf8")) as { links: Fixture[] }
).links.map((link) => ({ ...link, fragment: link.url.slice(link.url.indexOf("#")) }));

/** The editor's code in a second page (the fixture's `playground.code()` reads the first). */
const codeOf = (page: Page) => page.evaluate(() => window.__playground?.getState().code);

const APP = `from flask import Flask, request
app = Flask(__name__)

@app.post("/shared")
def shared():
    return {"got": request.get_json()}, 201`;

test("a share link restores code, request and lesson in a fresh browser", async ({ playground, browser }) => {
  // Two browsers each boot Python: on a machine with a load average of 10 that outlasts the default minute.
  test.slow();
  const { page } = playground;
  await page.goto("/#lesson=json");
  await playground.ready();
  await playground.setCode(APP);
  await page.getByLabel("Method").selectOption("POST");
  await page.getByLabel("Path", { exact: true }).fill("/shared?x=1");
  await page.getByRole("form", { name: "Request" }).getByRole("tab", { name: /^Body/ }).click();
  await page.getByRole("form", { name: "Request" }).getByLabel("JSON", { exact: true }).check();
  await page.getByLabel("Request body").fill('{"n": 1}');
  await page.getByRole("button", { name: "Share" }).click();
  const dialog = page.getByRole("dialog", { name: "Share" });
  await expect(dialog.getByTestId("share-status")).toContainText(/Link copied \(\d+ characters\)/);
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url).toMatch(/#share=1\./);
  await expect(dialog.getByLabel("Share link")).toHaveValue(url);
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Share" }), "focus returns to Share").toBeFocused();

  const fresh = await browser.newContext();
  await patient(fresh);
  const visitor = await fresh.newPage();
  const errors: string[] = [];
  visitor.on("pageerror", (e) => errors.push(String(e)));
  await visitor.goto(url);
  await expect(visitor.getByTestId("shared-banner")).toBeVisible();
  await expect.poll(() => codeOf(visitor)).toBe(APP);
  await expect(visitor.getByLabel("Lesson", { exact: true })).toHaveValue("json");
  await expect(visitor.getByLabel("Method")).toHaveValue("POST");
  await expect(visitor.getByLabel("Path", { exact: true })).toHaveValue("/shared?x=1");
  await visitor.getByRole("form", { name: "Request" }).getByRole("tab", { name: /^Body/ }).click();
  await expect(visitor.getByLabel("Request body")).toHaveValue('{"n": 1}');
  // And it runs: the shared request gets the shared app's answer.
  await expect(visitor.getByTestId("runtime-status")).toHaveText(/ready/, { timeout: 45_000 });
  await visitor.getByRole("button", { name: "Send", exact: true }).click();
  await expect(visitor.getByTestId("status")).toHaveText("HTTP/1.1 201 CREATED");
  expect(errors).toEqual([]);
  await fresh.close();
});

test("opening a shared link keeps the visitor's own work one click away", async ({ playground }) => {
  const { page } = playground;
  await page.goto("/");
  await playground.ready();
  const mine = appReturning("the visitor's own app");
  await playground.setCode(mine);
  await page.waitForTimeout(500); // autosave
  const shared = fixtures[0];
  await page.goto(`/${shared.fragment}`);
  await expect(page.getByTestId("shared-banner")).toBeVisible();
  await expect.poll(() => playground.code()).toBe(shared.state.code);
  // Edits to the shared app survive a reload, in the link's own workspace.
  await playground.ready();
  const edited = `${shared.state.code.trimEnd()}\n# my edit of the shared app`;
  await playground.setCode(edited);
  await page.waitForTimeout(500); // autosave
  await page.reload();
  await expect.poll(() => playground.code()).toBe(edited.trimEnd());
  await page.getByRole("button", { name: "Back to my code" }).click();
  await expect.poll(() => playground.code()).toBe(mine);
  await expect(page.getByTestId("shared-banner")).toHaveCount(0);
});

test("every stored link of every format version still opens", async ({ playground }) => {
  const { page } = playground;
  expect(fixtures.length).toBeGreaterThanOrEqual(4);
  for (const fixture of fixtures) {
    await page.goto(`/${fixture.fragment}`);
    await expect(page.getByTestId("shared-banner"), fixture.name).toBeVisible();
    await expect.poll(() => playground.code(), fixture.name).toBe(fixture.state.code);
    await expect(page.getByLabel("Method")).toHaveValue(fixture.state.request.method);
    await expect(page.getByLabel("Path", { exact: true })).toHaveValue(fixture.state.request.path);
    await expect(page.getByLabel("Lesson", { exact: true })).toHaveValue(fixture.state.lesson ?? "");
  }
});

for (const [name, fragment] of [
  ["garbage", "#share=1.this-is-not-a-link"],
  ["truncated", null],
  ["from a newer version", "#share=9.abc"],
] as const) {
  test(`a ${name} link explains itself, opens the playground and loses nothing`, async ({ playground }) => {
    const { page } = playground;
    await page.goto("/");
    await playground.ready();
    const mine = `from flask import Flask
app = Flask(__name__)
# ${name}`;
    await playground.setCode(mine);
    await page.waitForTimeout(500); // autosave
    let hash = fragment as string | null;
    if (hash === null) hash = fixtures[1].fragment.slice(0, Math.floor(fixtures[1].fragment.length * 0.6));
    await page.goto(`/${hash}`);
    await expect(page.getByTestId("link-error")).toBeVisible();
    await page.reload(); // opened fresh, too
    await expect(page.getByTestId("link-error")).toBeVisible();
    await expect(page.getByTestId("shared-banner")).toHaveCount(0);
    await expect.poll(() => playground.code()).toBe(mine);
    await playground.ready();
  });
}

test("code is autosaved and survives a reload", async ({ playground }) => {
  const { page } = playground;
  await page.goto("/");
  await playground.ready();
  const code = `from flask import Flask
app = Flask(__name__)
# autosaved ${Date.now()}`;
  await playground.setCode(code);
  await page.reload();
  await playground.ready();
  await expect.poll(() => playground.code()).toBe(code);
});

test("two tabs editing the same lesson at once get a choice, not a silent overwrite", async ({ playground }) => {
  // Two pages each boot Python: on a machine with a load average of 10 that outlasts the default minute.
  test.slow();
  const { page: first } = playground;
  await first.goto("/#lesson=strings");
  await playground.ready();
  const second = await first.context().newPage();
  await second.goto("/#lesson=strings");
  await expect(second.getByTestId("runtime-status")).toHaveText(/ready/, { timeout: 45_000 });
  const typeAtEnd = async (page: Page, text: string) => {
    await focusMonaco(page);
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.type(text);
  };
  // Both tabs type before either autosave lands (Monaco is loaded in both first).
  await Promise.all([first.locator(".monaco-editor").waitFor(), second.locator(".monaco-editor").waitFor()]);
  await Promise.all([typeAtEnd(first, "\n# from the first tab"), typeAtEnd(second, "\n# from the second tab")]);
  const banners = [first.getByTestId("conflict-banner"), second.getByTestId("conflict-banner")];
  await expect.poll(async () => (await banners[0].count()) + (await banners[1].count())).toBeGreaterThanOrEqual(1);
  const loser = (await banners[0].count()) ? first : second;
  const winner = loser === first ? second : first;
  const loserCode = await codeOf(loser);
  await loser.getByRole("button", { name: "Keep mine" }).click();
  // The other tab had nothing unsaved: it follows the chosen version.
  await expect.poll(() => codeOf(winner)).toBe(loserCode);
  await expect(winner.getByTestId("conflict-banner")).toHaveCount(0);
  await second.close();
});

test("download app.py and open a local .py file (with undo)", async ({ playground }) => {
  const { page } = playground;
  await page.goto("/");
  await playground.ready();
  await playground.setCode(APP);
  const [download] = await Promise.all([page.waitForEvent("download"), openFileMenuItem(page, "Download app.py")]);
  expect(download.suggestedFilename()).toBe("app.py");
  expect(readFileSync(await download.path(), "utf8")).toBe(APP);

  const opened = "from flask import Flask\napp = Flask(__name__)\n# opened from disk\n";
  await page.getByLabel("Open a Python file").setInputFiles({ name: "mine.py", mimeType: "text/x-python", buffer: Buffer.from(opened) });
  await expect.poll(() => playground.code()).toBe(opened);
  await expect(page.getByText("Opened mine.py.")).toBeVisible();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect.poll(() => playground.code()).toBe(APP);
});

test("opening a binary file says it is not a text file and leaves the code alone", async ({ playground }) => {
  const { page } = playground;
  await page.goto("/");
  await playground.ready();
  await playground.setCode(APP);
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00, 0x01]);
  await page.getByLabel("Open a Python file").setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: png });
  await expect(page.getByRole("status").filter({ hasText: "photo.png is not a text file" })).toContainText("Your code was not changed.");
  await expect(page.getByText(/TextDecoder|encoded data/)).toHaveCount(0);
  expect(await playground.code()).toBe(APP);
});

test("'Run it locally' gives the exact commands for the playground's Flask", async ({ playground }) => {
  const { page } = playground;
  await page.goto("/");
  await playground.ready();
  await openFileMenuItem(page, "Run it locally…");
  const commands = page.getByRole("dialog", { name: "Run it locally" }).getByTestId("run-locally-commands");
  await expect(commands).toContainText("python3 -m venv .venv");
  await expect(commands).toContainText("pip install flask==3.1.1 werkzeug==3.1.3");
  await expect(commands).toContainText("flask --app app run");
  await page.keyboard.press("Escape");
  await expect(commands).toHaveCount(0);
  await expect(page.getByRole("button", { name: "File", exact: true }), "focus returns to the menu that opened it").toBeFocused();
  // An extension the code imports is pinned too.
  await playground.setCode("from flask import Flask\nfrom flask_cors import CORS\n\napp = Flask(__name__)\nCORS(app)\n");
  await openFileMenuItem(page, "Run it locally…");
  await expect(commands).toContainText("pip install flask==3.1.1 werkzeug==3.1.3 flask-cors==6.0.1\n");
});

/** Open the File menu and pick an item, as a learner does. */
async function openFileMenuItem(page: Page, name: string) {
  await page.getByRole("button", { name: "File", exact: true }).click();
  await page.getByRole("menuitem", { name }).click();
}
