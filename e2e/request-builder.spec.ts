/**
 * The request builder, driven as a learner drives it: methods, bodies, header
 * rows, the route list, the cookie jar, Ctrl+Enter, and the draft surviving a reload.
 */
import { expect, test } from "./fixtures";

const ECHO = `from flask import Flask, request
app = Flask(__name__)

@app.route("/echo", methods=["GET", "POST", "PUT", "PATCH", "DELETE"])
def echo():
    return {
        "method": request.method,
        "content_type": request.content_type,
        "json": request.get_json(silent=True),
        "form": request.form.to_dict(flat=False),
        "one": request.headers.get("X-One"),
        "two": request.headers.get("X-Two"),
    }

@app.get("/items/<int:item_id>/<path:rest>")
def item(item_id, rest):
    return {"item_id": item_id, "rest": rest}`;

const rawBody = async (page: import("@playwright/test").Page) => {
  await page.getByRole("tab", { name: "raw" }).click();
  return JSON.parse((await page.getByTestId("response-body").textContent()) ?? "null");
};

test.beforeEach(async ({ playground }) => {
  await playground.page.goto("/");
  await playground.ready();
  await playground.setCode(ECHO);
});

test("a JSON body goes out with Content-Type application/json, shown before sending", async ({ playground }) => {
  const { page } = playground;
  await page.getByLabel("Method").selectOption("POST");
  await page.getByRole("form", { name: "Request" }).getByRole("tab", { name: /^Body/ }).click();
  await page.getByLabel("JSON").check();
  await expect(page.getByTestId("body-content-type")).toHaveText("Sends Content-Type: application/json");
  await page.getByLabel("Request body").fill('{"name": "Ada", "tags": [1, 2]}');
  await playground.send("POST", "/echo");
  const seen = await rawBody(page);
  expect(seen).toMatchObject({ method: "POST", content_type: "application/json", json: { name: "Ada", tags: [1, 2] } });
});

test("form and multipart fields arrive in request.form", async ({ playground }) => {
  const { page } = playground;
  await page.getByLabel("Method").selectOption("PUT");
  await page.getByRole("form", { name: "Request" }).getByRole("tab", { name: /^Body/ }).click();
  await page.getByLabel("Form (urlencoded)").check();
  await page.getByLabel("Field 1 name").fill("city");
  await page.getByLabel("Field 1 value").fill("São Paulo & co");
  await playground.send("PUT", "/echo");
  expect(await rawBody(page)).toMatchObject({ content_type: "application/x-www-form-urlencoded", form: { city: ["São Paulo & co"] } });

  await page.getByRole("form", { name: "Request" }).getByRole("tab", { name: /^Body/ }).click();
  await page.getByLabel("Multipart").check();
  await expect(page.getByTestId("body-content-type")).toContainText("multipart/form-data; boundary=");
  await playground.send("PATCH", "/echo");
  const seen = await rawBody(page);
  expect(seen.content_type).toMatch(/^multipart\/form-data; boundary=/);
  expect(seen.form).toEqual({ city: ["São Paulo & co"] });
});

test("a switched-off header is not sent and a removed one is gone", async ({ playground }) => {
  const { page } = playground;
  await page.getByRole("button", { name: "Add header" }).click();
  await page.getByLabel("Header 2 name").fill("X-One");
  await page.getByLabel("Header 2 value").fill("1");
  await page.getByRole("button", { name: "Add header" }).click();
  await page.getByLabel("Header 3 name").fill("X-Two");
  await page.getByLabel("Header 3 value").fill("2");
  await playground.send("GET", "/echo");
  expect(await rawBody(page)).toMatchObject({ one: "1", two: "2" });
  await page
    .getByRole("form", { name: "Request" })
    .getByRole("tab", { name: /^Headers/ })
    .click();
  await page.getByLabel("Send header X-One").uncheck();
  await page.getByRole("button", { name: "Remove header X-Two" }).click();
  await playground.send("GET", "/echo");
  expect(await rawBody(page)).toMatchObject({ one: null, two: null });
});

test("the route list comes from url_map and fills method and path with placeholders", async ({ playground }) => {
  const { page } = playground;
  await page.getByRole("tab", { name: "Routes" }).click();
  await page.getByRole("button", { name: /\/items\/<int:item_id>\/<path:rest>/ }).click();
  await expect(page.getByLabel("Path", { exact: true })).toHaveValue("/items/1/some/path");
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page.getByTestId("inspector")).toHaveAttribute("data-complete", "true");
  expect(await rawBody(page)).toEqual({ item_id: 1, rest: "some/path" });
});

test("a route that allows GET, POST, PUT, PATCH and DELETE fills in GET, and lists its methods GET first", async ({ playground }) => {
  const { page } = playground;
  await page.getByLabel("Method").selectOption("PUT");
  await page.getByRole("tab", { name: "Routes" }).click();
  const route = page.getByRole("button", { name: /\/echo/ });
  await expect(route).toContainText("GET POST PUT PATCH DELETE");
  await route.click();
  await expect(page.getByLabel("Method")).toHaveValue("GET");
  await expect(page.getByLabel("Path", { exact: true })).toHaveValue("/echo");
});

test("with a raw body and the learner's own Content-Type, the hint and the app both say the learner's type", async ({ playground }) => {
  const { page } = playground;
  await page.getByLabel("Method").selectOption("POST");
  await page.getByRole("form", { name: "Request" }).getByRole("tab", { name: /^Body/ }).click();
  await page.getByLabel("Raw text").check();
  await expect(page.getByTestId("body-content-type")).toHaveText("Sends Content-Type: text/plain; charset=utf-8");
  await page.getByLabel("Request body").fill("<item/>");
  await page
    .getByRole("form", { name: "Request" })
    .getByRole("tab", { name: /^Headers/ })
    .click();
  await page.getByRole("button", { name: "Add header" }).click();
  await page.getByLabel("Header 2 name").fill("Content-Type");
  await page.getByLabel("Header 2 value").fill("application/xml");
  await page.getByRole("form", { name: "Request" }).getByRole("tab", { name: /^Body/ }).click();
  await expect(page.getByTestId("body-content-type")).toHaveText(
    "Sends Content-Type: application/xml from your header (instead of text/plain; charset=utf-8)",
  );
  await playground.send("POST", "/echo");
  expect(await rawBody(page)).toMatchObject({ content_type: "application/xml" });
});

test("Ctrl+Enter sends, and the request being built survives a reload", async ({ playground }) => {
  const { page } = playground;
  await page.getByLabel("Method").selectOption("DELETE");
  await page.getByLabel("Path", { exact: true }).fill("/echo?kept=yes");
  await page.getByLabel("Path", { exact: true }).press("Control+Enter");
  await expect(page.getByTestId("status")).toHaveText("HTTP/1.1 200 OK");
  await expect(page.getByTestId("exchange-meta")).toContainText("DELETE /echo?kept=yes");
  await page.reload();
  await playground.ready();
  await expect(page.getByLabel("Method")).toHaveValue("DELETE");
  await expect(page.getByLabel("Path", { exact: true })).toHaveValue("/echo?kept=yes");
});
