/**
 * The inspector shows what Flask sent and why: status meaning, explained
 * headers, body views, redirect hops, streaming chunks, pitfalls, security
 * grade, history with comparison, and copy as curl / raw HTTP.
 */
import { expect, test } from "./fixtures";

test.beforeEach(async ({ playground }) => {
  await playground.page.goto("/");
  await playground.ready();
});

test("status meaning, header explanations and a parsed Set-Cookie", async ({ playground }) => {
  const { page } = playground;
  await playground.setCode(`from flask import Flask, make_response
app = Flask(__name__)

@app.post("/things")
def create():
    response = make_response({"id": 1}, 201)
    response.headers["Location"] = "/things/1"
    response.set_cookie("seen", "yes", httponly=True, samesite="Strict", max_age=60)
    return response`);
  await playground.send("POST", "/things");
  await expect(page.getByTestId("status")).toHaveClass(/status-2xx/);
  await expect(page.getByTestId("status-meaning")).toContainText("Location");
  // Compact by default: a header's explanation opens from its name, or all of them at once.
  const headers = page.getByTestId("response-headers");
  const location = headers.locator("tr", { hasText: "Location" });
  await expect(location.locator(".explanation")).toHaveCount(0);
  await location.getByRole("button", { name: "Location" }).click();
  await expect(location.getByRole("button", { name: "Location" })).toHaveAttribute("aria-expanded", "true");
  await expect(location).toContainText("redirect()");
  await page.getByRole("button", { name: "Explain every header" }).click();
  await expect(headers.locator(".explanation")).toHaveCount(await headers.locator("button.header-name").count());
  await page.getByRole("button", { name: "Hide explanations" }).click();
  await expect(headers.locator(".explanation")).toHaveCount(1);
  const cookie = page.getByTestId("set-cookie-parsed");
  await expect(cookie).toContainText("seen");
  await expect(cookie).toContainText("HttpOnly");
  await expect(cookie).toContainText("SameSite");
  await expect(cookie).toContainText("Strict");
  await expect(cookie).toContainText("Max-Age");
});

test("HTML is formatted and previewed in a sandbox without scripts; binary shows as hex; images preview", async ({ playground }) => {
  const { page } = playground;
  await playground.setCode(`import base64
from flask import Flask, Response
app = Flask(__name__)

PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==")

@app.get("/page")
def page():
    return "<html><body><h1>Hi</h1><script>parent.document.title='pwned'</script></body></html>"

@app.get("/bytes")
def raw():
    return Response(bytes([0, 1, 2, 255]), mimetype="application/octet-stream")

@app.get("/pixel.png")
def pixel():
    return Response(PNG, mimetype="image/png")`);
  await playground.send("GET", "/page");
  await expect(page.getByTestId("response-body")).toContainText("<html>\n  <body>\n    <h1>");
  await page.getByRole("tab", { name: "preview" }).click();
  const frame = page.getByTestId("html-preview");
  await expect(frame).toHaveAttribute("sandbox", "");
  await expect(page.frameLocator('[data-testid="html-preview"]').locator("h1")).toHaveText("Hi");
  expect(await page.title()).toBe("Flask Response Playground");

  await playground.send("GET", "/bytes");
  await page.getByRole("tab", { name: "hex" }).click();
  await expect(page.getByTestId("response-body")).toContainText("00000000  00 01 02 ff");

  await playground.send("GET", "/pixel.png");
  await page.getByRole("tab", { name: "preview" }).click();
  const image = page.getByRole("img", { name: /image\/png/ });
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
});

test("following redirects shows every hop; 303 turns POST into GET, 307 keeps it", async ({ playground }) => {
  const { page } = playground;
  await playground.setCode(`from flask import Flask, redirect, request, url_for
app = Flask(__name__)

@app.post("/submit")
def submit():
    return redirect(url_for("done"), 303)

@app.route("/done", methods=["GET", "POST"])
def done():
    return {"method": request.method, "body": request.get_data(as_text=True)}

@app.post("/moved")
def moved():
    return redirect(url_for("done"), 307)`);
  await page.getByLabel("Follow redirects").check();
  await page.getByLabel("Method").selectOption("POST");
  await page.getByRole("form", { name: "Request" }).getByRole("tab", { name: /^Body/ }).click();
  await page.getByLabel("Raw text").check();
  await page.getByLabel("Request body").fill("payload");
  await playground.send("POST", "/submit");
  const chain = page.getByTestId("redirect-chain");
  await expect(chain).toContainText("POST /submit → 303 SEE OTHER");
  await expect(chain).toContainText("GET /done → 200 OK");
  await expect(chain).toContainText("303");
  await page.getByRole("tab", { name: "raw" }).click();
  await expect(page.getByTestId("response-body")).toContainText('"method":"GET"');

  await playground.send("POST", "/moved");
  await expect(chain).toContainText("POST /done → 200 OK");
  await page.getByRole("tab", { name: "raw" }).click();
  await expect(page.getByTestId("response-body")).toContainText('"body":"payload"');
  // Each hop's raw response can be inspected.
  await chain.getByRole("button", { name: /POST \/moved/ }).click();
  await expect(page.getByTestId("status")).toHaveText("HTTP/1.1 307 TEMPORARY REDIRECT");
  await expect(page.getByTestId("response-headers")).toContainText("/done");
});

test("a streamed response shows its chunks with their arrival times", async ({ playground }) => {
  const { page } = playground;
  await playground.setCode(`import time
from flask import Flask, stream_with_context
app = Flask(__name__)

@app.get("/stream")
def stream():
    @stream_with_context
    def generate():
        for i in range(3):
            yield f"chunk {i}\\n"
            time.sleep(0.15)
    return app.response_class(generate(), mimetype="text/plain")`);
  await playground.send("GET", "/stream");
  const timeline = page.getByTestId("chunk-timeline");
  await expect(timeline.locator("li")).toHaveCount(3);
  const offsets = await timeline.locator(".chunk-time").allTextContents();
  const ms = offsets.map((text) => Number(text.replace(/[^\d]/g, "")));
  expect(ms[2] - ms[0]).toBeGreaterThanOrEqual(250);
  await expect(page.getByTestId("response-body")).toHaveText("chunk 0\nchunk 1\nchunk 2\n");
});

test("pitfalls are flagged: an error sent with 200, a 201 without Location", async ({ playground }) => {
  const { page } = playground;
  await playground.setCode(`from flask import Flask
app = Flask(__name__)

@app.get("/oops")
def oops():
    return {"error": "user not found"}

@app.post("/made")
def made():
    return {"id": 3}, 201`);
  await playground.send("GET", "/oops");
  await expect(page.locator('[data-pitfall="error-with-2xx"]')).toBeVisible();
  await playground.send("POST", "/made");
  await expect(page.locator('[data-pitfall="created-without-location"]')).toBeVisible();
  await expect(page.locator('[data-pitfall="error-with-2xx"]')).toHaveCount(0);
});

test("security headers are graded and each missing one comes with its Flask line", async ({ playground }) => {
  const { page } = playground;
  await playground.setCode(`from flask import Flask
app = Flask(__name__)

@app.get("/")
def index():
    return "plain"

@app.get("/hardened")
def hardened():
    return "hardened", {
        "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
        "Content-Security-Policy": "default-src 'self'; frame-ancestors 'none'",
        "X-Content-Type-Options": "nosniff",
        "X-Frame-Options": "DENY",
        "Referrer-Policy": "strict-origin-when-cross-origin",
        "Permissions-Policy": "geolocation=()",
        "Cross-Origin-Opener-Policy": "same-origin",
        "Cross-Origin-Resource-Policy": "same-origin",
    }`);
  await playground.send("GET", "/");
  await page.getByRole("tab", { name: "Security" }).click();
  await expect(page.getByTestId("security-grade")).toHaveText("F");
  await expect(page.locator('[data-header="X-Content-Type-Options"] .fix')).toContainText('"nosniff"');
  await playground.send("GET", "/hardened");
  await page.getByRole("tab", { name: "Security" }).click();
  await expect(page.getByTestId("security-grade")).toHaveText("A");
});

test("history keeps the session's exchanges and compares two side by side", async ({ playground }) => {
  const { page } = playground;
  await playground.setCode(`from flask import Flask
app = Flask(__name__)

@app.get("/v1")
def v1():
    return "line one\\nline two\\n", {"X-Version": "1"}

@app.get("/v2")
def v2():
    return "line one\\nline 2\\n", 202, {"X-Version": "2"}`);
  await playground.send("GET", "/v1");
  await playground.send("GET", "/v2");
  await page.getByRole("tab", { name: /^History/ }).click();
  await expect(page.getByTestId("history").locator("tbody tr")).toHaveCount(2);
  await page.getByLabel("Compare #1 as A").check();
  await page.getByLabel("Compare #2 as B").check();
  const compare = page.getByTestId("compare");
  await expect(compare).toContainText("A: 200 OK");
  await expect(compare).toContainText("B: 202 ACCEPTED");
  await expect(page.getByTestId("compare-headers").locator('tr[data-change="changed"]', { hasText: "X-Version" })).toBeVisible();
  await expect(page.getByTestId("compare-body")).toContainText("- line two");
  await expect(page.getByTestId("compare-body")).toContainText("+ line 2");
});

test("repeated requests are told apart in the history, and compact JSON is compared value by value", async ({ playground }) => {
  const { page } = playground;
  await playground.setCode(`from flask import Flask
app = Flask(__name__)
hits = {"n": 0}

@app.get("/count")
def count():
    hits["n"] += 1
    return {"count": hits["n"], "name": "counter", "ok": hits["n"] < 2}`);
  await playground.send("GET", "/count");
  await playground.send("GET", "/count");
  await page.getByRole("tab", { name: /^History/ }).click();
  const rows = page.getByTestId("history").locator("tbody tr");
  await expect(rows).toHaveCount(2);
  // Newest first: same request line, told apart by the body preview; each has a time and its status line.
  await expect(rows.nth(0).locator(".history-preview")).toHaveText('{"count":2,"name":"counter","ok":false}');
  await expect(rows.nth(1).locator(".history-preview")).toHaveText('{"count":1,"name":"counter","ok":true}');
  for (const row of [rows.nth(0), rows.nth(1)]) {
    await expect(row.locator(".history-time")).toHaveText(/^\d\d:\d\d:\d\d$/);
    await expect(row).toContainText("200 OK");
  }
  await page.getByLabel("Compare #1 as A").check();
  await page.getByLabel("Compare #2 as B").check();
  const body = page.getByTestId("compare-body");
  await expect(page.getByTestId("compare")).toContainText("JSON is pretty-printed before comparing");
  await expect(body).toContainText('-   "count": 1,');
  await expect(body).toContainText('+   "count": 2,');
  await expect(body).toContainText('    "name": "counter",');
});

test("copy the request as curl and the response as raw HTTP", async ({ playground }) => {
  const { page } = playground;
  await playground.setCode(`from flask import Flask
app = Flask(__name__)

@app.get("/hello")
def hello():
    return "hi", {"X-Demo": "yes"}`);
  await playground.send("GET", "/hello?name=it's");
  await page.getByRole("button", { name: "Copy as curl" }).click();
  await expect(page.getByText("curl command copied")).toBeVisible();
  const curl = await page.evaluate(() => navigator.clipboard.readText());
  expect(curl).toContain("curl");
  // Aimed at flask run on the learner's machine, quotes escaped for the shell.
  expect(curl).toContain("'http://127.0.0.1:5000/hello?name=it%27s'");
  await page.getByRole("button", { name: "Copy raw HTTP" }).click();
  const raw = await page.evaluate(() => navigator.clipboard.readText());
  // As flask run sends it: Werkzeug's Server, Date and Connection around what the app sent (e2e/server-truth.spec.ts).
  expect(raw).toMatch(
    /^HTTP\/1\.1 200 OK\r\nServer: Werkzeug\/3\.1\.3 Python\/3\.14\.\d+\r\nDate: [^\r]+ GMT\r\nX-Demo: yes\r\nContent-Type: text\/html; charset=utf-8\r\nContent-Length: 2\r\nConnection: close\r\n\r\nhi$/,
  );
});
