/**
 * Code that misbehaves never takes the playground down: each case gets a
 * clear message, and a normal request succeeds afterwards without a reload.
 */
import type { Page } from "@playwright/test";
import { expect, setTimeLimit, test } from "./fixtures";

const BASE = `import os, sys
from flask import Flask
app = Flask(__name__)

@app.get("/")
def index():
    return "still serving"
`;

async function expectServing(playground: { send(m: string, p: string): Promise<void>; page: Page }) {
  await playground.send("GET", "/");
  await expect(playground.page.getByTestId("status")).toHaveText("HTTP/1.1 200 OK");
  await expect(playground.page.getByTestId("response-body")).toHaveText("still serving");
}

test.beforeEach(async ({ playground }) => {
  await playground.page.goto("/");
  await playground.ready();
});

test("an endless loop in a handler is stopped after the time limit; the app serves again", async ({ playground }) => {
  // A fresh Python boots before the app serves again, and the header honestly waits for it: on a busy machine that takes a while.
  test.slow();
  const { page } = playground;
  await setTimeLimit(page, 2);
  const code = `${BASE}
@app.get("/spin")
def spin():
    while True:
        pass`;
  await playground.setCode(code);
  await page.getByLabel("Path", { exact: true }).fill("/spin");
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page.getByTestId("exchange-error")).toContainText("did not finish within 2 s", { timeout: 15_000 });
  await expect(page.getByTestId("logs")).toContainText("Python was stopped and restarted");
  await playground.ready();
  await expectServing(playground);
  expect(await playground.code()).toBe(code);
});

test("an endless loop at import is stopped; the last working app keeps answering", async ({ playground }) => {
  // A fresh Python boots before the app serves again, and the header honestly waits for it: on a busy machine that takes a while.
  test.slow();
  const { page } = playground;
  await setTimeLimit(page, 2);
  await playground.setCode(BASE);
  await expect(page.getByTestId("app-status")).toContainText("App running");
  const looping = `${BASE}
while True:
    pass`;
  await playground.setCode(looping);
  await expect(page.getByTestId("app-status")).toContainText("did not finish within 2 s");
  await expect(page.getByTestId("app-status")).toContainText("The last working version keeps answering");
  await playground.ready();
  await expectServing(playground);
  expect(await playground.code()).toBe(looping);
});

for (const [name, body, expected] of [
  ["sys.exit() in a handler", "sys.exit(3)", "SystemExit"],
  // On 32-bit WebAssembly 10**10 does not even fit an index: OverflowError.
  ["a 10 GB string", "return 'x' * 10**10", "OverflowError"],
  ["a 2 GB string", "return 'x' * (2**31 - 2)", "MemoryError"],
  ["deep recursion", "def f(n):\n        return f(n + 1)\n    return f(0)", "RecursionError"],
] as const) {
  test(`${name} gives a 500 with the error in the logs, then a working app`, async ({ playground }) => {
    const { page } = playground;
    await playground.setCode(`${BASE}
@app.get("/bad")
def bad():
    ${body}`);
    await playground.send("GET", "/bad");
    await expect(page.getByTestId("status")).toHaveText("HTTP/1.1 500 INTERNAL SERVER ERROR");
    await expect(page.getByTestId("logs")).toContainText(expected);
    await expectServing(playground);
  });
}

test("os._exit() kills Python; it is restarted and the app serves again", async ({ playground }) => {
  // A fresh Python boots before the app serves again, and the header honestly waits for it: on a busy machine that takes a while.
  test.slow();
  const { page } = playground;
  await playground.setCode(`${BASE}
@app.get("/die")
def die():
    os._exit(1)`);
  await page.getByLabel("Path", { exact: true }).fill("/die");
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page.getByTestId("exchange-error")).toBeVisible({ timeout: 15_000 });
  await playground.ready();
  await expectServing(playground);
});

test("code reaching for the page through the js module only sees the worker", async ({ playground }) => {
  const { page } = playground;
  await playground.setCode(`${BASE}
@app.get("/js")
def reach():
    import js
    return {
        "has_document": hasattr(js, "document"),
        "has_local_storage": hasattr(js, "localStorage"),
        "scope": str(js.self.constructor.name),
    }`);
  await playground.send("GET", "/js");
  await page.getByRole("tab", { name: "raw" }).click();
  const seen = JSON.parse((await page.getByTestId("response-body").textContent()) ?? "{}");
  expect(seen).toEqual({ has_document: false, has_local_storage: false, scope: "DedicatedWorkerGlobalScope" });
});
