/**
 * Embeds (embed.html): docs/embed-demo.html, served from another origin,
 * shows three sandboxed examples that boot, answer and never take the focus;
 * an embed keeps the visitor's saved work as it was; Share gives the snippet.
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { FrameLocator } from "@playwright/test";
import { expect, test } from "./fixtures";

/**
 * Another site, as a blog would be: a server of its own on this machine,
 * reached as localhost while the playground is 127.0.0.1, so another origin
 * and another site (the embeds' storage is partitioned). It must be a real
 * local server: Chromium keeps a page it cannot place on the local network
 * (one Playwright answered itself) from framing a local address.
 */
async function serveDemo(playground: string): Promise<{ url: string; close(): Promise<void> }> {
  // The demo names the playground `npm run preview` serves; the test's server may use another port.
  const html = readFileSync(new URL("../docs/embed-demo.html", import.meta.url), "utf8").replaceAll("http://127.0.0.1:4173/", playground);
  const server = createServer((_request, response) => response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(html));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://localhost:${port}/flask-responses.html`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function embedReady(frame: FrameLocator): Promise<void> {
  await expect(frame.getByTestId("runtime-status")).toHaveText(/ready/, { timeout: 120_000 });
  await expect(frame.getByTestId("app-status")).toContainText("App running");
}

async function sendIn(frame: FrameLocator): Promise<void> {
  await frame.getByRole("button", { name: "Send", exact: true }).click();
  await expect(frame.getByTestId("inspector")).toHaveAttribute("data-complete", "true");
}

test("the demo page on another origin: three sandboxed embeds answer, none takes the focus, each opens in the playground", async ({
  playground,
}, testInfo) => {
  test.slow(); // three Pythons boot side by side
  const { page } = playground;
  const base = testInfo.project.use.baseURL!;
  const blog = await serveDemo(base);
  test.info().attach("blog", { body: blog.url });
  await page.goto(blog.url);
  await expect(page.locator("#search")).toBeFocused();

  const frames = [0, 1, 2].map((index) => page.frameLocator("iframe").nth(index));
  for (const [index, frame] of frames.entries()) {
    await page.locator("iframe").nth(index).scrollIntoViewIfNeeded();
    await embedReady(frame);
  }
  // Booting, loading the app and mounting the editor took the focus from nothing on the page.
  await expect(page.locator("#search")).toBeFocused();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("search");

  // 1: a tuple's status and header.
  await sendIn(frames[0]);
  await expect(frames[0].getByTestId("status")).toContainText("201");
  await expect(frames[0].getByTestId("response-headers")).toContainText("X-Example");
  // 2: the error handler's JSON 404.
  await sendIn(frames[1]);
  await expect(frames[1].getByTestId("status")).toContainText("404");
  await expect(frames[1].getByTestId("inspector")).toContainText("No book 2");
  // 3: the preflight, with the Origin the example's request carries, answered by Flask-CORS.
  await sendIn(frames[2]);
  await expect(frames[2].getByTestId("response-headers")).toContainText("Access-Control-Allow-Origin");
  await expect(frames[2].getByTestId("response-headers")).toContainText("https://shop.example");

  // "Open in the playground": the full playground, in a new tab, with the same example.
  const open = frames[0].getByTestId("open-in-playground");
  await expect(open).toHaveAttribute("target", "_blank");
  const href = (await open.getAttribute("href"))!;
  expect(href.startsWith(`${base}#share=1.`), href).toBe(true);
  await page.goto(href);
  await playground.ready();
  expect(await playground.code()).toContain('return "Made it", 201, {"X-Example": "tuple"}');
  await blog.close();
});

test("an embed never reads or writes the visitor's saved work; Share gives its code; a narrow embed stacks", async ({ playground }) => {
  const { page } = playground;
  await page.goto("/");
  await playground.ready();
  const mine = `from flask import Flask

app = Flask(__name__)


@app.get("/")
def index():
    return "my own saved app"
`;
  await playground.setCode(mine);
  await expect.poll(() => page.evaluate(() => Object.values(localStorage).some((value) => value.includes("my own saved app")))).toBe(true);

  // Share -> Copy embed code: an iframe of embed.html with this app.
  await page.getByRole("button", { name: "Share" }).click();
  const snippet = await page.getByTestId("embed-code").inputValue();
  await page.getByRole("button", { name: "Copy embed code" }).click();
  await expect(page.getByTestId("embed-status")).toContainText("Embed code copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
  expect(snippet).toContain('title="Live Flask example (Flask Response Playground)"');
  const src = /src="([^"]+)"/.exec(snippet)![1].replace(/&amp;/g, "&");
  expect(src).toContain("/embed.html#share=1.");
  await page.keyboard.press("Escape");

  const saved = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  await page.setViewportSize({ width: 420, height: 760 });
  await page.goto(src);
  await expect(page.getByTestId("runtime-status")).toHaveText(/ready/, { timeout: 45_000 });
  await expect(page.getByTestId("app-status")).toContainText("App running");
  await expect(page.locator(".app")).toHaveAttribute("data-layout", "narrow");
  const editorBox = (await page.getByTestId("editor").boundingBox())!;
  const requestBox = (await page.getByRole("form", { name: "Request" }).boundingBox())!;
  expect(requestBox.y, "narrow: the request is below the editor").toBeGreaterThan(editorBox.y + editorBox.height - 1);
  await expect(page.locator(".app")).toHaveAttribute("data-server-mode", "direct");

  // Edits in the embed run, and are kept nowhere.
  await playground.setCode(mine.replace("my own saved app", "edited in the embed"));
  await playground.send("GET", "/");
  await expect(page.getByTestId("inspector")).toContainText("edited in the embed");
  expect(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()))).toBe(saved);

  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto("/");
  await playground.ready();
  expect(await playground.code()).toBe(mine.trimEnd());
});

test("an embed whose address holds no example says so", async ({ playground }) => {
  const { page } = playground;
  await page.goto("/embed.html");
  await expect(page.getByTestId("link-error")).toContainText("This embed's address holds no example");
  await page.goto("/embed.html#share=1.not-a-link");
  await expect(page.getByTestId("link-error")).toContainText("This share link looks cut off or changed");
  await expect(page.getByTestId("runtime-status")).toHaveText(/ready/, { timeout: 45_000 });
});
