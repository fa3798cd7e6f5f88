/**
 * The virtual host's cookie jar behaves like a browser's: a response's cookies
 * are stored with their attributes, sent back on matching requests, visible,
 * and clearable; an expired one is removed.
 */
import { expect, test } from "./fixtures";

test("cookies set by a response come back on later requests until cleared", async ({ playground }) => {
  const { page } = playground;
  await page.goto("/");
  await playground.ready();
  await playground.setCode(`from flask import Flask, request, make_response
app = Flask(__name__)

@app.get("/login")
def login():
    response = make_response("welcome")
    response.set_cookie("session", "s3cret", httponly=True, samesite="Lax", max_age=3600)
    response.set_cookie("theme", "dark", path="/prefs")
    return response

@app.get("/whoami")
def whoami():
    return {"cookies": request.cookies}

@app.get("/prefs/show")
def prefs():
    return {"cookies": request.cookies}

@app.get("/logout")
def logout():
    response = make_response("bye")
    response.delete_cookie("session")
    return response`);
  await playground.send("GET", "/login");
  await page.getByRole("tab", { name: /^Cookies/ }).click();
  const jar = page.getByTestId("cookie-jar");
  await expect(jar).toContainText("session");
  await expect(jar).toContainText("HttpOnly SameSite=Lax");
  await expect(jar).toContainText("/prefs");

  const cookiesSeen = async () => {
    await page.getByRole("tab", { name: "raw" }).click();
    return JSON.parse((await page.getByTestId("response-body").textContent()) ?? "{}").cookies;
  };
  await playground.send("GET", "/whoami");
  expect(await cookiesSeen()).toEqual({ session: "s3cret" });
  // Path=/prefs: only sent under /prefs.
  await playground.send("GET", "/prefs/show");
  expect(await cookiesSeen()).toEqual({ session: "s3cret", theme: "dark" });

  await playground.send("GET", "/logout");
  await playground.send("GET", "/whoami");
  expect(await cookiesSeen()).toEqual({});

  await page.getByRole("tab", { name: /^Cookies/ }).click();
  await page.getByRole("button", { name: "Clear all cookies" }).click();
  await playground.send("GET", "/prefs/show");
  expect(await cookiesSeen()).toEqual({});
  // None of the app's cookies ever reached the playground's own origin.
  expect(await page.evaluate(() => document.cookie)).toBe("");
});
