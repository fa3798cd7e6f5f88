/**
 * Responses a browser cannot represent as Flask sent them: the inspector still
 * shows what Flask produced, explains what a browser does with it, and the
 * playground keeps serving.
 */
import { expect, test } from "./fixtures";

test.beforeEach(async ({ playground }) => {
  await playground.page.goto("/");
  await playground.ready();
  await playground.setCode(`from flask import Flask, Response
app = Flask(__name__)

@app.get("/")
def index():
    return "fine"

@app.get("/low")
def low():
    return Response("odd", status=99)

@app.get("/high")
def high():
    return Response("odd", status=700)

@app.get("/bad-header")
def bad_header():
    return "x", {"X-Evil": "a\\r\\nSet-Cookie: hacked=1"}

@app.get("/non-latin")
def non_latin():
    return "x", {"X-Name": "Zoë ☃"}

@app.get("/reset")
def reset():
    return "content", 205

@app.get("/huge")
def huge():
    return "y" * (3 * 1024 * 1024)`);
});

test("statuses outside 200-599 are shown as sent and explained", async ({ playground }) => {
  const { page } = playground;
  for (const [path, status] of [
    ["/low", "99"],
    ["/high", "700"],
  ]) {
    await playground.send("GET", path);
    await expect(page.getByTestId("status")).toHaveText(`HTTP/1.1 ${status} UNKNOWN`);
    await expect(page.getByTestId("browser-note")).toContainText("200-599");
    await expect(page.getByTestId("response-body")).toHaveText("odd");
  }
  await playground.send("GET", "/");
  await expect(page.getByTestId("status")).toHaveText("HTTP/1.1 200 OK");
});

test("a header with CR/LF is refused by werkzeug: a 500 with the reason in the logs", async ({ playground }) => {
  const { page } = playground;
  await playground.send("GET", "/bad-header");
  await expect(page.getByTestId("status")).toHaveText("HTTP/1.1 500 INTERNAL SERVER ERROR");
  await expect(page.getByTestId("logs")).toContainText("newline");
  await playground.send("GET", "/");
  await expect(page.getByTestId("status")).toHaveText("HTTP/1.1 200 OK");
});

test("a header value outside latin-1 is shown as Flask produced it, and why a browser refuses it", async ({ playground }) => {
  const { page } = playground;
  await playground.send("GET", "/non-latin");
  // Werkzeug passes the str through; HTTP (and PEP 3333) only carry latin-1 bytes.
  await expect(page.getByTestId("status")).toHaveText("HTTP/1.1 200 OK");
  await expect(page.getByTestId("response-headers")).toContainText("Zoë ☃");
  await expect(page.getByTestId("browser-note")).toContainText("rejects these headers");
  await playground.send("GET", "/");
  await expect(page.getByTestId("status")).toHaveText("HTTP/1.1 200 OK");
});

test("a body on 205 is shown, while fetch() gets none; a 3 MB body is shown in part without freezing", async ({ playground }) => {
  const { page } = playground;
  await playground.send("GET", "/reset");
  await expect(page.getByTestId("status")).toHaveText("HTTP/1.1 205 RESET CONTENT");
  await expect(page.getByTestId("response-body")).toHaveText("content");
  await playground.send("GET", "/huge");
  await expect(page.getByTestId("body-size")).toHaveText("3145728 bytes");
  await expect(page.getByTestId("body-truncated")).toContainText("Showing the first 256 KB of 3,145,728 bytes");
  await playground.send("GET", "/");
  await expect(page.getByTestId("status")).toHaveText("HTTP/1.1 200 OK");
});
