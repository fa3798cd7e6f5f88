/**
 * Differential conformance through the browser: each app of conformance/cases/
 * is loaded into the built playground and its requests are sent with the
 * page's own fetch(), through msw's service worker, as a learner's page
 * would. Two views are compared with native Flask (conformance/native_runner.py,
 * run with this server's host): the exchange the playground recorded (status,
 * reason, ordered headers, body: what the inspector shows) and what fetch()
 * itself sees, as far as a browser exposes it (see asFetchSeesThem; a
 * redirect under `redirect: "manual"` is an opaque response). What differs
 * for a reason is in conformance/allowed-differences.json.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import {
  allowedParts,
  asFetchSeesThem,
  compareWithAllowList,
  CONFORMANCE_DIR,
  CookieJar,
  loadAllowList,
  normalise,
  runNative,
  type Compared,
  type NativeCase,
  type NativeRun,
  type Pair,
  type Side,
  type WireAnswer,
} from "../conformance/compare";
import { COOKIE_HEADER, EXCHANGE_HEADER } from "../src/bridge/virtual-server";
import type { RecordedExchange } from "../src/debug-handle";
import { expect, test } from "./fixtures";

/** Statuses fetch() turns into an opaque response under `redirect: "manual"` (Fetch standard: redirect status). */
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

const caseCount = readdirSync(join(CONFORMANCE_DIR, "cases")).filter((f) => f.endsWith(".py")).length;
/** One page per slice: the slices run side by side on Playwright's two workers. */
const SLICES = 4;

const ALLOW_LIST = loadAllowList();
let native: NativeRun;
// Playwright reads the fixtures a hook uses from its first parameter's pattern.
// eslint-disable-next-line no-empty-pattern -- this hook uses none, and Playwright rejects anything but a pattern there.
test.beforeAll(({}, testInfo) => {
  native = runNative(new URL(testInfo.project.use.baseURL!).host);
});

interface FetchSeen {
  type?: string;
  status?: number;
  statusText?: string;
  headers?: Pair[];
  body?: string;
  error?: string;
}

/** Send one request with the page's fetch(), tied to its recorded exchange by `id`. */
function fetchFromPage(page: Page, request: { url: string; method: string; headers: Pair[]; body: string | null }) {
  return page.evaluate(async ({ url, method, headers, body }): Promise<FetchSeen> => {
    const bytes = body === null ? undefined : Uint8Array.from(atob(body), (c) => c.charCodeAt(0));
    try {
      const response = await fetch(url, { method, headers, body: bytes, redirect: "manual", cache: "no-store" });
      const received = new Uint8Array(await response.arrayBuffer());
      let binary = "";
      for (let i = 0; i < received.length; i += 0x8000) binary += String.fromCharCode(...received.subarray(i, i + 0x8000));
      return {
        type: response.type,
        status: response.status,
        statusText: response.statusText,
        headers: [...response.headers],
        body: btoa(binary),
      };
    } catch (error) {
      return { error: String(error) };
    }
  }, request);
}

async function recordedExchange(page: Page, id: string): Promise<RecordedExchange> {
  const handle = await page.waitForFunction(
    (exchangeId) => {
      const exchange = window.__playground?.exchange(exchangeId);
      return exchange?.ended ? exchange : null;
    },
    id,
    { polling: 5, timeout: 10_000 },
  );
  return (await handle.jsonValue()) as RecordedExchange;
}

function check(side: Side, testCase: NativeCase, index: number, label: string, expected: Compared, actual: Compared) {
  const compared = compareWithAllowList(expected, actual, allowedParts(ALLOW_LIST, side, testCase.name, index));
  expect.soft(compared.stale, `${label} (${side}): allow-listed parts that no longer differ`).toEqual([]);
  expect.soft(compared.actual, `${label} (${side})`).toEqual(compared.expected);
}

async function runCase(page: Page, testCase: NativeCase) {
  expect(testCase.error, testCase.error).toBeUndefined();
  await page.evaluate((code) => window.__playground!.setCode(code), testCase.code);
  await expect
    .poll(() => page.evaluate(() => window.__playground!.getState().loadedCode), {
      message: `${testCase.name} loads`,
      intervals: [25],
    })
    .toBe(testCase.code);
  const jar = new CookieJar();
  for (const [index, request] of testCase.requests.entries()) {
    // Headers fetch() may not send: the request builder's path, which conformance.test.ts covers.
    if (request.builder) continue;
    const label = `${testCase.name} request ${index}: ${request.method} ${request.path}${request.query ? "?" + request.query : ""}`;
    const id = `conformance-${testCase.name}-${index}-${crypto.randomUUID()}`;
    // fetch() may not send Cookie: the playground carries it in its own header.
    // Always sent, so the playground's cookie jar never adds cookies of its own.
    const cookie = request.headers.find(([name]) => name.toLowerCase() === "cookie")?.[1] ?? (request.jar ? jar.header() : null);
    const headers: Pair[] = [
      ...request.headers.filter(([name]) => name.toLowerCase() !== "cookie"),
      [COOKIE_HEADER, cookie ?? ""],
      [EXCHANGE_HEADER, id],
    ];
    const url = `/flask${request.path}${request.query ? "?" + request.query : ""}`;
    const seen = await fetchFromPage(page, { url, method: request.method, headers, body: request.body });
    const recorded = await recordedExchange(page, id);
    const expected = testCase.responses![index];
    expect(recorded.head, `${label}: the app answered (${recorded.error ?? ""})`).not.toBeNull();
    expect(recorded.via, `${label}: answered through the service worker`).toBe("service-worker");
    const recordedAnswer: WireAnswer = { ...recorded.head!, body: recorded.body };
    jar.receive(recordedAnswer.headers);
    check("exchange", testCase, index, label, normalise(expected, testCase.mask), normalise(recordedAnswer, testCase.mask));

    if (REDIRECT_STATUSES.has(expected.status)) {
      // A browser limit for every redirect: fetch() with redirect: "manual" gets an opaque
      // response (status 0, no headers, no body); the recorded exchange above is what was sent.
      expect.soft(seen.type, `${label} (fetch): a redirect is opaque to the page`).toBe("opaqueredirect");
      continue;
    }
    const fetched: Compared = seen.error
      ? { status: 0, reason: `network error: ${seen.error}`, headers: [], body: "" }
      : normalise({ status: seen.status!, reason: seen.statusText!, headers: seen.headers!, body: seen.body! }, testCase.mask);
    const wanted = normalise(expected, testCase.mask);
    check(
      "fetch",
      testCase,
      index,
      label,
      { ...wanted, headers: asFetchSeesThem(wanted.headers) },
      { ...fetched, headers: asFetchSeesThem(fetched.headers) },
    );
  }
}

for (let slice = 0; slice < SLICES; slice++) {
  const from = Math.floor((slice * caseCount) / SLICES);
  const to = Math.floor(((slice + 1) * caseCount) / SLICES);
  test(`conformance apps ${from + 1}-${to} answer through the service worker as on native Flask`, async ({ playground }) => {
    // Each app loads 400 ms after its code is set, as after typing.
    test.setTimeout(240_000);
    const { page } = playground;
    await page.goto("/");
    await playground.ready();
    for (const testCase of native.cases.slice(from, to)) await runCase(page, testCase);
  });
}
