/**
 * Differential conformance: every app in conformance/cases/ answers its
 * requests on native Flask (the host's CPython, the test client) and through
 * the product's runtime (Pyodide on Node, the request builder's WireRequest);
 * status, reason, ordered headers and body must be the same, but for what
 * compare.ts normalises and what allowed-differences.json lists with a reason.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { wireFromDraft } from "../src/bridge/wire-request";
import { startNodeRuntime, type NodeRuntime } from "../src/runtime/node-runtime";
import type { WireResponseHead } from "../src/runtime/protocol";
import {
  allowedParts,
  compareWithAllowList,
  CookieJar,
  fromBase64,
  loadAllowList,
  normalise,
  runNative,
  toBase64,
  type CaseRequest,
  type Pair,
  type WireAnswer,
} from "./compare";

const HOST = "play.test:8080";
const native = runNative(HOST);
const allowList = loadAllowList();

let node: NodeRuntime;
beforeAll(async () => {
  node = await startNodeRuntime();
});

/** The request as the product's request builder sends it (the direct path). */
function wireRequest(request: CaseRequest, cookie: string | null) {
  const headers: Pair[] = cookie === null ? request.headers : [...request.headers, ["Cookie", cookie]];
  return wireFromDraft(
    {
      method: request.method,
      path: request.path + (request.query ? `?${request.query}` : ""),
      headers,
      body: request.body === null ? null : fromBase64(request.body),
    },
    `http://${HOST}/`,
  );
}

async function serve(request: ReturnType<typeof wireRequest>): Promise<WireAnswer> {
  let head: WireResponseHead | undefined;
  const chunks: Uint8Array[] = [];
  const served = await node.runtime.serve(request, {
    whole: (h, body) => {
      head = h;
      chunks.push(body);
    },
    head: (h) => (head = h),
    chunk: (c) => chunks.push(c),
    cancelled: () => false,
  });
  if (!served || !head) throw new Error("the runtime did not answer");
  return { ...head, body: toBase64(Buffer.concat(chunks)) };
}

describe(`conformance: ${native.cases.length} apps on native Flask ${native.versions.flask} (CPython ${native.python}) and on the product's runtime`, () => {
  it("has a corpus of at least 150 apps, all of which run natively", () => {
    expect(native.cases.length).toBeGreaterThanOrEqual(150);
    expect(native.cases.filter((c) => c.error).map((c) => `${c.name}: ${c.error}`)).toEqual([]);
  });

  it("lists only cases that exist in the allow-list", () => {
    const names = new Set(native.cases.map((c) => c.name));
    expect(allowList.filter((e) => !names.has(e.case)).map((e) => e.case)).toEqual([]);
  });

  for (const testCase of native.cases) {
    it(`${testCase.name}: ${testCase.title}`, async () => {
      expect(testCase.error, testCase.error).toBeUndefined();
      const loaded = await node.runtime.loadApp(testCase.code);
      expect(loaded.ok, JSON.stringify(loaded)).toBe(true);
      const jar = new CookieJar();
      for (const [index, request] of testCase.requests.entries()) {
        const actual = await serve(wireRequest(request, request.jar ? jar.header() : null));
        jar.receive(actual.headers);
        const expected = testCase.responses![index];
        const label = `${testCase.name} request ${index}: ${request.method} ${request.path}${request.query ? "?" + request.query : ""}`;
        const {
          expected: e,
          actual: a,
          stale,
        } = compareWithAllowList(
          normalise(expected, testCase.mask),
          normalise(actual, testCase.mask),
          allowedParts(allowList, "runtime", testCase.name, index),
        );
        // Soft: every request's difference is reported, not only the first.
        expect.soft(stale, `${label}: allow-listed parts that no longer differ`).toEqual([]);
        expect.soft(a, label).toEqual(e);
      }
    });
  }
});
