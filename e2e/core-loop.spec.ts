/**
 * The core loop in a real browser: type a Flask app into the editor, send a
 * request through msw's service worker, read what real Flask sent.
 */
import { expect, test } from "./fixtures";

/** The app's own headers (not the rows flask run would add, e2e/server-truth.spec.ts). */
const headerRows = (page: import("@playwright/test").Page) =>
  page
    .getByTestId("response-headers")
    .locator('tbody tr[data-added-by="app"]')
    .evaluateAll((rows) => rows.map((row) => [row.children[1].textContent, row.querySelector(".header-value")?.textContent]));

test.beforeEach(async ({ playground }) => {
  await playground.page.goto("/");
  await playground.ready();
  await expect(playground.page.getByTestId("server-mode-notice")).toHaveCount(0);
});

test("a plain string is 200 text/html, served through the service worker", async ({ playground }) => {
  const { page } = playground;
  await playground.setCode(`from flask import Flask
app = Flask(__name__)

@app.get("/hello")
def hello():
    return "Hello, learner"
`);
  await playground.send("GET", "/hello");
  await expect(page.getByTestId("status")).toHaveText("HTTP/1.1 200 OK");
  expect(await headerRows(page)).toEqual([
    ["Content-Type", "text/html; charset=utf-8"],
    ["Content-Length", "14"],
  ]);
  await expect(page.getByTestId("response-body")).toHaveText("Hello, learner");
  await expect(page.getByTestId("answered-by")).toContainText("service worker");
  await expect(page.getByTestId("logs")).toContainText('"GET /hello HTTP/1.1" 200 -');
});

test("a tuple sets status and headers, repeated Set-Cookie kept in order", async ({ playground }) => {
  const { page } = playground;
  await playground.setCode(`from flask import Flask
app = Flask(__name__)

@app.post("/items")
def create():
    return "created", 201, [("Location", "/items/1"), ("Set-Cookie", "a=1"), ("Set-Cookie", "b=2")]
`);
  await playground.send("POST", "/items");
  await expect(page.getByTestId("status")).toHaveText("HTTP/1.1 201 CREATED");
  // Flask builds the Response with the tuple's headers first; Content-Type and
  // Content-Length are added after them. That order is what goes on the wire.
  expect(await headerRows(page)).toEqual([
    ["Location", "/items/1"],
    ["Set-Cookie", "a=1"],
    ["Set-Cookie", "b=2"],
    ["Content-Type", "text/html; charset=utf-8"],
    ["Content-Length", "7"],
  ]);
});

test("jsonify gives application/json and the body pretty-printed", async ({ playground }) => {
  const { page } = playground;
  await playground.setCode(`from flask import Flask, jsonify
app = Flask(__name__)

@app.get("/api/user")
def user():
    return jsonify(id=7, name="Ada")
`);
  await playground.send("GET", "/api/user");
  await expect(page.getByTestId("status")).toHaveText("HTTP/1.1 200 OK");
  expect(await headerRows(page)).toContainEqual(["Content-Type", "application/json"]);
  await expect(page.getByTestId("json-tree")).toContainText('"name": "Ada"');
  await page.getByRole("tab", { name: "raw" }).click();
  await expect(page.getByTestId("response-body")).toHaveText('{"id":7,"name":"Ada"}\n');
});

test("a redirect shows 302 and its Location raw, not followed", async ({ playground }) => {
  const { page } = playground;
  await playground.setCode(`from flask import Flask, redirect, url_for
app = Flask(__name__)

@app.get("/")
def index():
    return "home"

@app.get("/old")
def old():
    return redirect(url_for("index"))
`);
  await playground.send("GET", "/old");
  await expect(page.getByTestId("status")).toHaveText("HTTP/1.1 302 FOUND");
  expect(await headerRows(page)).toContainEqual(["Location", "/"]);
  await expect(page.getByTestId("response-body")).toContainText("Redirecting...");
});

test("abort(404) goes through an errorhandler that answers JSON", async ({ playground }) => {
  const { page } = playground;
  await playground.setCode(`from flask import Flask, abort
app = Flask(__name__)

@app.get("/things/<int:thing_id>")
def thing(thing_id):
    abort(404)

@app.errorhandler(404)
def not_found(error):
    return {"error": "not found"}, 404
`);
  await playground.send("GET", "/things/3");
  await expect(page.getByTestId("status")).toHaveText("HTTP/1.1 404 NOT FOUND");
  expect(await headerRows(page)).toContainEqual(["Content-Type", "application/json"]);
  await page.getByRole("tab", { name: "raw" }).click();
  await expect(page.getByTestId("response-body")).toHaveText('{"error":"not found"}\n');
});

test("an exception gives 500, its traceback in the logs and its line marked in the editor", async ({ playground }) => {
  const { page } = playground;
  await playground.setCode(`from flask import Flask
app = Flask(__name__)

@app.get("/boom")
def boom():
    items = []
    return items[3]
`);
  await playground.send("GET", "/boom");
  await expect(page.getByTestId("status")).toHaveText("HTTP/1.1 500 INTERNAL SERVER ERROR");
  const traceback = page.getByTestId("traceback").last();
  await expect(traceback).toContainText("IndexError: list index out of range");
  await expect(traceback).toContainText('File "/home/pyodide/app.py", line 7, in boom');
  // Flask's own frames show their lines too: its sources are fetched when a traceback first needs them.
  await expect(traceback).toContainText("rv = self.dispatch_request()");
  await expect(page.getByTestId("logs")).toContainText("Exception on /boom [GET]");
  // Monaco marks line 7 with an error squiggle.
  const squiggle = page.locator(".monaco-editor .squiggly-error");
  await expect(squiggle).toHaveCount(1);
  // The squiggle sits on line 7 (19 px per line in Monaco's default layout).
  const lineTop = await page.locator(".monaco-editor .view-line").nth(6).boundingBox();
  const box = (await squiggle.boundingBox())!;
  expect(Math.abs(box.y - lineTop!.y)).toBeLessThan(10);
  // The text layer lies above the decoration; point at the code under it.
  await page.mouse.move(box.x + 30, box.y + box.height / 2);
  await expect(page.locator(".monaco-hover").getByText("IndexError: list index out of range")).toBeVisible();
});

test("a syntax error is marked at its line while the previous app keeps answering", async ({ playground }) => {
  const { page } = playground;
  await playground.setCode(`from flask import Flask
app = Flask(__name__)

@app.get("/")
def index():
    return "still here"
`);
  await expect(page.getByTestId("app-status")).toContainText("App running");
  await playground.setCode(`from flask import Flask
app = Flask(__name__)

@app.get("/")
def index()
    return "broken"
`);
  await expect(page.getByTestId("app-status")).toContainText("Syntax error (line 5)");
  await expect(page.getByTestId("app-status")).toContainText("The last working version keeps answering");
  await expect(page.locator(".monaco-editor .squiggly-error")).toHaveCount(1);
  await playground.send("GET", "/");
  await expect(page.getByTestId("status")).toHaveText("HTTP/1.1 200 OK");
  await expect(page.getByTestId("response-body")).toHaveText("still here");
});
