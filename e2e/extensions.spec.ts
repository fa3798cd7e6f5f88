/**
 * The extensions the article names, in the browser: Flask-Talisman and
 * Flask-CORS import from their own archives (fetched through the service
 * worker on first import), the lessons that use them pass and fail as they
 * should, and an import of anything else says what is available.
 */
import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";

const lessonFile = (slug: string, file: string) => readFileSync(new URL(`../lessons/${slug}/${file}`, import.meta.url), "utf8");

test("CORS lesson: the preflight carries the Origin the builder sent, the solution passes, a wrong answer is caught", async ({ playground }) => {
  const { page } = playground;
  await page.goto("/#lesson=cors");
  await playground.ready();
  const inspector = page.getByTestId("inspector");

  // The starter, CORS(app): the preflight from shop.example reaches Flask with its Origin and is allowed.
  await page.getByRole("button", { name: "Preflight: OPTIONS /api/cart from shop.example" }).click();
  await expect(inspector).toHaveAttribute("data-complete", "true");
  await expect(page.getByTestId("response-headers")).toContainText("Access-Control-Allow-Origin");
  await expect(page.getByTestId("response-headers")).toContainText("Access-Control-Allow-Methods");
  await page.getByRole("tab", { name: "Request", exact: true }).click();
  const request = page.getByTestId("request-view");
  await expect(request.getByTestId("request-line")).toHaveText("OPTIONS /api/cart HTTP/1.1");
  await expect(request.getByTestId("request-headers")).toContainText("https://shop.example");
  await expect(request.getByTestId("request-headers")).toContainText("Access-Control-Request-Method");

  const checks = page.getByTestId("checks");
  await expect(checks.locator('[data-check="other-origins"]')).toHaveAttribute("data-state", "fail");

  await playground.setCode(lessonFile("13-cors", "app-b/app.py"));
  await expect(checks.locator("li.check")).toHaveCount(4);
  await expect(checks.locator('li.check[data-state="pass"]')).toHaveCount(4);
  await expect(page.getByTestId("lesson-complete")).toBeVisible();

  // CORS for the whole app: /admin/stats is open to shop.example too.
  await playground.setCode(lessonFile("13-cors", "wrong/04-whole-app.py"));
  await expect(checks.locator('[data-check="api-only"]')).toHaveAttribute("data-state", "fail");
  await expect(checks.locator('[data-check="api-only"] .check-why').first()).toContainText('resources={r"/api/*"');
  await expect(checks.locator('li.check[data-state="pass"]')).toHaveCount(3);
});

test("security headers with Flask-Talisman: plain HTTP is redirected, HSTS only behind HTTPS, the tuned CSP passes the checks", async ({
  playground,
}) => {
  const { page } = playground;
  await page.goto("/#lesson=security-headers");
  await playground.ready();
  const headers = page.getByTestId("response-headers");

  await playground.setCode(lessonFile("12-security-headers", "facts/talisman_defaults.py"));
  await playground.send("GET", "/");
  await expect(page.getByTestId("status")).toContainText("302");
  await expect(headers).toContainText(/Location\s*https:\/\//);
  await expect(headers).not.toContainText("Strict-Transport-Security");

  await page.getByRole("button", { name: "GET / behind an HTTPS proxy" }).click();
  await expect(page.getByTestId("inspector")).toHaveAttribute("data-complete", "true");
  await expect(page.getByTestId("status")).toContainText("200");
  await expect(headers).toContainText("Strict-Transport-Security");
  await expect(headers).toContainText("default-src 'self'; object-src 'none'");
  const checks = page.getByTestId("checks");
  await expect(checks.locator('[data-check="no-framing"]')).toHaveAttribute("data-state", "fail");
  await expect(checks.locator('[data-check="no-framing"] .check-why').first()).toContainText("Talisman's default CSP has none");

  await playground.setCode(lessonFile("12-security-headers", "facts/talisman_configured.py"));
  await expect(checks.locator('li.check[data-state="pass"]')).toHaveCount(4);
  await expect(page.getByTestId("lesson-complete")).toBeVisible();
});

test("an import of a package the playground lacks names what it has", async ({ playground }) => {
  const { page } = playground;
  await page.goto("/");
  await playground.ready();
  await playground.setCode("import numpy\nfrom flask import Flask\napp = Flask(__name__)\n");
  const status = page.getByTestId("app-status");
  await expect(status).toContainText("ModuleNotFoundError: No module named 'numpy'");
  await expect(status).toContainText("flask-talisman 1.1.0 (import flask_talisman)");
  await expect(status).toContainText("flask-cors 6.0.1 (import flask_cors)");
  await expect(status).toContainText("Other packages cannot be installed here; a module of your own is a file beside app.py");
});
