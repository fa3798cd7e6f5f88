/**
 * When no service worker can serve the page, the playground says so and the
 * request builder still works by calling the runtime directly.
 */
import { expect, test } from "./fixtures";

test.use({ serviceWorkers: "block" });

test("without a service worker the page says so and requests are answered directly", async ({ playground }) => {
  const { page } = playground;
  await page.goto("/");
  await playground.ready();
  await expect(page.getByTestId("server-mode-notice")).toContainText("straight to the Python runtime");
  await playground.setCode(`from flask import Flask
app = Flask(__name__)

@app.get("/direct")
def direct():
    return {"via": "runtime"}, 202, {"X-Path": "direct"}
`);
  await playground.send("GET", "/direct");
  await expect(page.getByTestId("status")).toHaveText("HTTP/1.1 202 ACCEPTED");
  await expect(page.getByTestId("answered-by")).toContainText("directly by the runtime");
  await expect(page.getByTestId("response-headers")).toContainText("X-Path");
  await expect(page.getByTestId("json-tree")).toContainText('"via": "runtime"');
});
