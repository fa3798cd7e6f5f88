/**
 * Load: 2,000 sequential and 200 concurrent requests from the page through the
 * service worker, each answered correctly, with memory back near its level
 * after warm-up; a stream the client abandons midway stops the app's generator.
 */
import { expect, test } from "./fixtures";

// A guard against a hang, not a speed target (that is npm run bench): 3,000
// requests take about a minute on a quiet machine, several at a load of 10.
test.setTimeout(480_000);

test("2,000 sequential and 200 concurrent requests are all answered correctly, memory stays flat", async ({ playground }) => {
  const { page } = playground;
  await page.goto("/");
  await playground.ready();
  await playground.setCode(`from flask import Flask, request
app = Flask(__name__)

@app.get("/echo/<int:n>")
def echo(n):
    return {"n": n, "q": request.args.get("q")}`);

  const result = await page.evaluate(async () => {
    const root = new URL("flask/", location.href).href;
    const gc = (globalThis as unknown as { gc?: () => void }).gc;
    const snapshot = async () => {
      gc?.();
      return window.__playground!.stats();
    };
    const one = async (n: number) => {
      const response = await fetch(`${root}echo/${n}?q=${n * 7}`);
      const body = (await response.json()) as { n: number; q: string };
      return response.status === 200 && body.n === n && body.q === String(n * 7);
    };
    let wrong = 0;
    // Warm-up, with a concurrent burst too: WebAssembly memory is a high-water
    // mark (it grows, never shrinks) and Flask's and werkzeug's bounded caches
    // fill up first, so the baseline is taken once that plateau is reached; what
    // must not happen is growth after it.
    for (let n = 0; n < 600; n++) if (!(await one(n))) wrong++;
    wrong += (await Promise.all(Array.from({ length: 200 }, (_, i) => one(20_000 + i)))).filter((ok) => !ok).length;
    const warm = await snapshot();
    for (let n = 600; n < 2600; n++) if (!(await one(n))) wrong++;
    const concurrent = await Promise.all(Array.from({ length: 200 }, (_, i) => one(10_000 + i)));
    wrong += concurrent.filter((ok) => !ok).length;
    const after = await snapshot();
    return { wrong, warm, after };
  });
  expect(result.wrong).toBe(0);
  console.log("load test memory", JSON.stringify(result));
  // What malloc has handed out must come back to its level after warm-up. The
  // WebAssembly memory itself is only logged: it is a high-water mark that
  // grows in steps of a fifth, so one burst that happens to have more requests
  // in flight at once than the warm-up's moves it a whole step without a leak.
  expect(result.after.heapInUseBytes).toBeLessThanOrEqual(result.warm.heapInUseBytes * 1.1);
  expect(result.after.pythonObjects).toBeLessThanOrEqual(result.warm.pythonObjects * 1.1);
  expect(result.after.jsHeapBytes!).toBeLessThanOrEqual(result.warm.jsHeapBytes! * 1.1);
  // The page stays responsive and the app still answers.
  await playground.send("GET", "/echo/5?q=35");
  await expect(page.getByTestId("status")).toHaveText("HTTP/1.1 200 OK");
});

// msw's service worker tees every mocked response to report it to the page,
// except event streams; a teed stream only stops once both branches cancel, so
// only an event stream's cancel reaches the app (see README, "Known limits").
test("an event stream the client abandons midway stops the app's generator", async ({ playground }) => {
  const { page } = playground;
  await page.goto("/");
  await playground.ready();
  await playground.setCode(`import time
from flask import Flask
app = Flask(__name__)
state = {"closed": False, "sent": 0}

@app.get("/forever")
def forever():
    def generate():
        try:
            while True:
                state["sent"] += 1
                yield "data: tick\\n\\n"
                time.sleep(0.02)
        finally:
            state["closed"] = True
    return app.response_class(generate(), mimetype="text/event-stream")

@app.get("/state")
def read_state():
    return state`);
  const chunksRead = await page.evaluate(async () => {
    const response = await fetch(new URL("flask/forever", location.href));
    const reader = response.body!.getReader();
    let chunks = 0;
    while (chunks < 5) {
      await reader.read();
      chunks++;
    }
    await reader.cancel();
    return chunks;
  });
  expect(chunksRead).toBe(5);
  await expect
    .poll(async () => page.evaluate(async () => (await (await fetch(new URL("flask/state", location.href))).json()) as { closed: boolean }))
    .toMatchObject({ closed: true });
});
