/**
 * What a real server adds is shown, not hidden; an answer from an older app
 * says so (issue 12, parts 4 and 5).
 */
import { expect, test } from "./fixtures";

const APP = `from flask import Flask
app = Flask(__name__)

@app.get("/")
def index():
    return "v1"

@app.get("/stream")
def stream():
    def generate():
        yield "one\\n"
        yield "two\\n"
    return app.response_class(generate(), mimetype="text/plain")`;

const SERVER_NOTE = "added by flask run (Werkzeug's development server), not by your app";

test.beforeEach(async ({ playground }) => {
  await playground.page.goto("/");
  await playground.ready();
});

test("the headers flask run adds are shown in place, marked as the server's, and in the raw HTTP copy", async ({ playground }) => {
  const { page } = playground;
  await playground.setCode(APP);
  await playground.send("GET", "/");
  const rows = page.getByTestId("response-headers").locator("tbody tr");
  const table = await rows.evaluateAll((trs) =>
    trs.map((tr) => [tr.getAttribute("data-added-by"), tr.children[1].firstChild?.textContent, tr.querySelector(".header-value")?.textContent]),
  );
  expect(table.map(([by, name]) => [by, name])).toEqual([
    ["server", "Server"],
    ["server", "Date"],
    ["app", "Content-Type"],
    ["app", "Content-Length"],
    ["server", "Connection"],
  ]);
  expect(table[0][2]).toMatch(/^Werkzeug\/3\.1\.3 Python\/3\.14\.\d+$/);
  const date = table[1][2]!;
  expect(Math.abs(Date.parse(date) - Date.now())).toBeLessThan(120_000);
  expect(table[4][2]).toBe("close");
  // Marked visibly, with what the mark means for the mouse and for screen readers.
  const badge = rows.first().locator(".badge");
  await expect(badge).toHaveAttribute("title", SERVER_NOTE);
  await expect(badge).toContainText("server");
  await expect(badge.locator(".sr-only")).toHaveText(`: ${SERVER_NOTE}`);
  await expect(rows.nth(2).locator(".badge")).toHaveCount(0);
  await expect(page.getByTestId("server-headers-legend")).toContainText("flask run");

  await page.getByRole("button", { name: "Copy raw HTTP" }).click();
  await expect(page.getByText("raw response copied")).toBeVisible();
  const raw = await page.evaluate(() => navigator.clipboard.readText());
  expect(raw).toBe(
    `HTTP/1.1 200 OK\r\nServer: ${table[0][2]}\r\nDate: ${date}\r\n` +
      "Content-Type: text/html; charset=utf-8\r\nContent-Length: 2\r\nConnection: close\r\n\r\nv1",
  );
});

test("a stream without a length is chunked by flask run: the header is the server's, the raw copy has the framing", async ({ playground }) => {
  const { page } = playground;
  await playground.setCode(APP);
  await playground.send("GET", "/stream");
  const chunked = page.getByTestId("response-headers").locator("tbody tr", { hasText: "Transfer-Encoding" });
  await expect(chunked).toHaveAttribute("data-added-by", "server");
  await expect(chunked.locator(".header-value")).toHaveText("chunked");
  await page.getByRole("button", { name: "Copy raw HTTP" }).click();
  await expect(page.getByText("raw response copied")).toBeVisible();
  const raw = await page.evaluate(() => navigator.clipboard.readText());
  expect(raw).toMatch(
    /^HTTP\/1\.1 200 OK\r\nServer: [^\r]+\r\nDate: [^\r]+\r\nContent-Type: text\/plain; charset=utf-8\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n4\r\none\n\r\n4\r\ntwo\n\r\n0\r\n\r\n$/,
  );
});

test("an answer from the last working app says so in the response and the history, until the code is fixed", async ({ playground }) => {
  const { page } = playground;
  await playground.setCode(APP);
  await playground.send("GET", "/");
  await expect(page.getByTestId("older-app")).toHaveCount(0);

  // Line 6 no longer parses: the app that loaded above keeps answering.
  await playground.setCode(APP.replace('return "v1"', 'return "v2'));
  await expect(page.getByTestId("app-status")).toContainText("Syntax error");
  await playground.send("GET", "/");
  await expect(page.getByTestId("response-body")).toHaveText("v1");
  await expect(page.getByTestId("older-app")).toHaveText(
    /^Answered by the last working version of your app, loaded at \d\d:\d\d:\d\d — the editor's code has a syntax error \(line 6\)\.$/,
  );

  await playground.setCode(APP.replace('return "v1"', 'return "v3"'));
  await playground.send("GET", "/");
  await expect(page.getByTestId("response-body")).toHaveText("v3");
  await expect(page.getByTestId("older-app")).toHaveCount(0);

  await page.getByRole("tab", { name: /^History/ }).click();
  const history = page.getByTestId("history").locator("tbody tr");
  await expect(history).toHaveCount(3);
  // Newest first: only #2 was answered by the older app.
  await expect(history.nth(0).getByTestId("history-older-app")).toHaveCount(0);
  await expect(history.nth(1).getByTestId("history-older-app")).toContainText("last working version");
  await expect(history.nth(1).getByTestId("history-older-app")).toHaveAttribute(
    "title",
    /loaded at \d\d:\d\d:\d\d — the editor's code has a syntax error \(line 6\)/,
  );
  await expect(history.nth(2).getByTestId("history-older-app")).toHaveCount(0);
});
