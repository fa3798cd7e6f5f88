/**
 * The request Flask receives is the request the learner built: headers in
 * their order and case, the ones fetch() forbids included (Origin, Referer,
 * Access-Control-Request-Method), no Content-Length on a bodiless DELETE;
 * a fetch() from the page arrives as a browser sends it. The Request view
 * shows what the app received, with what the client added marked.
 */
import { expect, test } from "./fixtures";

const ECHO = `from flask import Flask, request
app = Flask(__name__)

@app.route("/echo", methods=["GET", "POST", "DELETE", "OPTIONS"])
def echo():
    return {
        "headers": list(request.headers.items()),
        "content_length": request.environ.get("CONTENT_LENGTH"),
        "origin": request.origin,
        "referrer": request.referrer,
        "preflight_method": request.headers.get("Access-Control-Request-Method"),
    }`;

const seen = async (page: import("@playwright/test").Page) => {
  await page.getByRole("tab", { name: "raw" }).click();
  return JSON.parse((await page.getByTestId("response-body").textContent()) ?? "null");
};

async function addHeader(page: import("@playwright/test").Page, row: number, name: string, value: string) {
  await page.getByRole("button", { name: "Add header" }).click();
  await page.getByLabel(`Header ${row} name`).fill(name);
  await page.getByLabel(`Header ${row} value`).fill(value);
}

test.beforeEach(async ({ playground }) => {
  await playground.page.goto("/");
  await playground.ready();
  await playground.setCode(ECHO);
});

test("the builder's headers reach Flask in order, forbidden ones included, and the Request view shows them", async ({ playground }) => {
  const { page } = playground;
  await addHeader(page, 2, "Origin", "https://shop.example");
  await addHeader(page, 3, "Access-Control-Request-Method", "PUT");
  await addHeader(page, 4, "X-Zebra", "z");
  await addHeader(page, 5, "Referer", "https://shop.example/cart");
  await addHeader(page, 6, "x-apple", "a");
  await playground.send("GET", "/echo");
  const echo = await seen(page);
  expect(echo.origin).toBe("https://shop.example");
  expect(echo.referrer).toBe("https://shop.example/cart");
  expect(echo.preflight_method).toBe("PUT");
  // Werkzeug lists request.headers in the order received (names title-cased from the environ).
  expect(echo.headers.map(([name]: [string, string]) => name)).toEqual([
    "Host",
    "Accept",
    "Origin",
    "Access-Control-Request-Method",
    "X-Zebra",
    "Referer",
    "X-Apple",
  ]);
  expect(echo.content_length).toBeNull();

  await page.getByRole("tab", { name: "Request", exact: true }).click();
  const view = page.getByTestId("request-view");
  await expect(view.getByTestId("request-line")).toHaveText("GET /echo HTTP/1.1");
  const rows = view.getByTestId("request-headers").locator("tbody tr");
  await expect(rows.locator(".header-name")).toHaveText([
    "Host",
    "Accept",
    "Origin",
    "Access-Control-Request-Method",
    "X-Zebra",
    "Referer",
    "x-apple",
  ]);
  await expect(rows.nth(0)).toHaveAttribute("data-source", "added");
  await expect(rows.nth(2)).toHaveAttribute("data-source", "sent");
});

test("a bodiless DELETE has no Content-Length, a bodiless POST has Content-Length: 0, as browsers send", async ({ playground }) => {
  const { page } = playground;
  await playground.send("DELETE", "/echo");
  expect((await seen(page)).content_length).toBeNull();
  await playground.send("POST", "/echo");
  expect((await seen(page)).content_length).toBe("0");
});

test("a fetch() from the page reaches the app as a browser sends it, the added headers marked", async ({ playground }) => {
  const { page } = playground;
  const echo = await page.evaluate(async () => (await fetch("/flask/echo", { method: "POST", body: "hi", headers: { "X-Mine": "1" } })).json());
  const names = echo.headers.map(([name]: [string, string]) => name);
  expect(names.slice(0, 3)).toEqual(["Host", "Connection", "Content-Length"]);
  expect(names).toEqual(expect.arrayContaining(["X-Mine", "User-Agent", "Origin", "Sec-Fetch-Mode", "Accept-Language"]));
  expect(echo.origin).toBe(new URL(page.url()).origin);
  expect(echo.content_length).toBe("2");
  // The page's fetch is recorded too: its Request view marks what the browser added.
  await page.getByRole("tab", { name: "Request", exact: true }).click();
  const rows = page.getByTestId("request-headers").locator("tbody tr");
  await expect(rows.filter({ hasText: "x-mine" })).toHaveAttribute("data-source", "sent");
  await expect(rows.filter({ hasText: "User-Agent" })).toHaveAttribute("data-source", "added");
});
