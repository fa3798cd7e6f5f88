/**
 * A workspace of several files in the browser: the file bar adds, renames and
 * deletes files (with an undo); templates and modules beside app.py work on
 * real Flask; every file survives a reload, travels in a share link and in the
 * project's zip; a lesson ships its templates.
 */
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { strToU8, unzipSync, zipSync } from "fflate";
import { filePaths, unpackWorkspace } from "../src/store/workspace-files";
import { expect, test } from "./fixtures";

const workspace = (page: Page) => page.evaluate(() => window.__playground!.getState());

/** Show `path` in the editor and paste `text` over it, as a learner would; wait until the app has loaded it. */
async function writeFile(page: Page, path: string, text: string): Promise<void> {
  await page.getByRole("navigation", { name: "Files of the app" }).getByRole("button", { name: path, exact: true }).click();
  await expect(page.locator(".monaco-editor")).toBeVisible();
  const label = path === "app.py" ? "Flask app code (app.py)" : `${path}, a file of the Flask app`;
  await page
    .locator(".monaco-editor")
    .getByRole("textbox", { name: new RegExp(`^${label.replace(/[.()]/g, "\\$&")}`) })
    .focus();
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("ControlOrMeta+V");
  await expect.poll(async () => unpackWorkspace((await workspace(page)).code)[path]).toBe(text);
  await expect.poll(async () => ((state) => state.loadedCode === state.code)(await workspace(page))).toBe(true);
}

async function newFile(page: Page, path: string): Promise<void> {
  const bar = page.getByRole("navigation", { name: "Files of the app" });
  await bar.getByRole("button", { name: "New file" }).click();
  await bar.getByLabel("New file's name").fill(path);
  await bar.getByRole("button", { name: "Add", exact: true }).click();
  await expect(bar.getByRole("button", { name: path, exact: true })).toHaveAttribute("aria-current", "true");
}

const APP = `from flask import Flask, render_template
from helpers import greet

app = Flask(__name__)


@app.get("/")
def index():
    return render_template("hi.html", who=greet("<Ada>"))`;

test("the file bar: a template and a module beside app.py, rename, delete and undo, kept on reload, in a share link and a zip", async ({
  playground,
}) => {
  test.slow(); // many edits, each loaded, a reload and a second tab
  const { page } = playground;
  await page.goto("/");
  await playground.ready();
  const bar = page.getByRole("navigation", { name: "Files of the app" });

  await newFile(page, "templates/hi.html");
  await writeFile(page, "templates/hi.html", "<p>{{ who }}</p>");
  await newFile(page, "helpers.py");
  await writeFile(page, "helpers.py", 'def greet(name):\n    return f"Hi {name}"');
  await writeFile(page, "app.py", APP);
  await playground.send("GET", "/");
  await expect(page.getByTestId("status")).toContainText("200");
  await expect(page.getByTestId("inspector")).toContainText("Hi &lt;Ada&gt;");

  // A name that cannot be a file of a Flask project says why.
  await bar.getByRole("button", { name: "New file" }).click();
  await bar.getByLabel("New file's name").fill("../secrets.py");
  await bar.getByRole("button", { name: "Add", exact: true }).click();
  await expect(bar.getByRole("alert")).toContainText(`"../secrets.py" can't be a file here`);
  await bar.getByRole("button", { name: "Cancel" }).click();

  // Renamed, the import breaks: the status says so, in app.py's terms.
  await bar.getByRole("button", { name: "helpers.py", exact: true }).click();
  await bar.getByRole("button", { name: "Rename helpers.py" }).click();
  await bar.getByLabel("New name for helpers.py").fill("tools.py");
  await bar.getByRole("button", { name: "Rename", exact: true }).click();
  await expect(page.getByTestId("app-status")).toContainText("ModuleNotFoundError: No module named 'helpers'");
  await expect(page.getByTestId("app-status")).toContainText("a module of your own is a file beside app.py");
  await bar.getByRole("button", { name: "Delete tools.py" }).click();
  await expect(bar.getByRole("button", { name: "tools.py", exact: true })).toHaveCount(0);
  await bar.getByRole("button", { name: "Undo" }).click();
  await expect(bar.getByRole("button", { name: "tools.py", exact: true })).toBeVisible();
  await writeFile(page, "app.py", APP.replace("from helpers", "from tools"));
  await expect(page.getByTestId("app-status")).toContainText("App running");

  // Autosaved: a reload has every file.
  await page.reload();
  await playground.ready();
  await expect(bar.getByRole("button")).toContainText(["app.py", "templates/hi.html", "tools.py"]);
  const saved = (await workspace(page)).code;
  expect(filePaths(saved)).toEqual(["app.py", "templates/hi.html", "tools.py"]);

  // The share link carries every file: opened in another tab, the same workspace answers.
  await page.getByRole("button", { name: "Share" }).click();
  const link = await page.getByLabel("Share link").inputValue();
  await page.keyboard.press("Escape");
  const other = await page.context().newPage();
  await other.goto(link);
  await expect(other.getByTestId("app-status")).toContainText("App running", { timeout: 45_000 });
  expect(unpackWorkspace((await workspace(other)).code)).toEqual(unpackWorkspace(saved));
  await other.close();

  // So does the project's zip, and a zip opens as a project (with an undo).
  await page.getByRole("button", { name: "File", exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("menuitem", { name: "Download project (.zip)" }).click()]);
  const zipped = unzipSync(new Uint8Array(readFileSync(await download.path())));
  expect(Object.keys(zipped).sort()).toEqual(["app.py", "templates/hi.html", "tools.py"]);
  expect(new TextDecoder().decode(zipped["tools.py"])).toBe('def greet(name):\n    return f"Hi {name}"');
  const project = zipSync({
    "shop/app.py": strToU8(
      'from flask import Flask, render_template\napp = Flask(__name__)\n\n@app.get("/")\ndef index():\n    return render_template("home.html")\n',
    ),
    "shop/templates/home.html": strToU8("<h1>Shop</h1>"),
  });
  await page
    .getByLabel("Open a Python file or a project zip")
    .setInputFiles({ name: "shop.zip", mimeType: "application/zip", buffer: Buffer.from(project) });
  await expect(bar.getByRole("button")).toContainText(["app.py", "templates/home.html"]);
  await expect.poll(async () => ((state) => state.loadedCode === state.code)(await workspace(page))).toBe(true);
  await playground.send("GET", "/");
  await expect(page.getByTestId("inspector")).toContainText("13 bytes");
  await expect(page.getByTestId("inspector")).toContainText("Shop");
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(bar.getByRole("button")).toContainText(["app.py", "templates/hi.html", "tools.py"]);
});

test("a lesson ships templates and a stylesheet: its files are in the bar and its solution passes", async ({ playground }) => {
  const { page } = playground;
  await page.goto("/#lesson=templates");
  await playground.ready();
  const bar = page.getByRole("navigation", { name: "Files of the app" });
  await expect(bar.getByRole("button", { name: /\.(py|html|css)$/ })).toHaveText([
    "app.py",
    "static/site.css",
    "templates/404.html",
    "templates/hello.html",
  ]);
  const checks = page.getByTestId("checks");
  await expect(checks.locator('[data-check="escaped"]')).toHaveAttribute("data-state", "fail");
  await writeFile(page, "app.py", readFileSync(new URL("../lessons/17-templates/app-b/app.py", import.meta.url), "utf8").trimEnd());
  await expect(checks.locator('li.check[data-state="pass"]')).toHaveCount(3);
  await expect(page.getByTestId("lesson-complete")).toBeVisible();
});
