import { describe, expect, it } from "vitest";
import { evaluateExpectation, resolveLocation, runCheck } from "./checks";
import { toWireRequest } from "./serve-check";
import type { LogEntry } from "../runtime/protocol";
import type { Check, CheckResponse, Expectation } from "./types";

const encode = (text: string) => new TextEncoder().encode(text);

function response(status: number, headers: [string, string][], body = ""): CheckResponse {
  return { status, headers, body: encode(body) };
}

const json = response(201, [
  ["Content-Type", "application/json"],
  ["Location", "/items/1"],
  ["X-Tag", "one"],
  ["x-tag", "two"],
  ["Set-Cookie", "sid=abc; Expires=Thu, 26 Nov 2099 14:31:13 GMT; Max-Age=3600; Secure; HttpOnly; Path=/; SameSite=Strict"],
  ["Set-Cookie", "theme=dark; Path=/"],
  ["Set-Cookie", "old=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/"],
  ["Set-Cookie", "gone=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/"],
], '{"id": 1, "name": "Ada", "tags": ["a", "b"], "owner": {"id": 7, "role": "admin"}, "ok": true, "none": null}\n');

function outcome(expectation: Expectation, res: CheckResponse = json, requestPath?: string) {
  return evaluateExpectation(expectation, res, { requestPath });
}

describe("status", () => {
  it("passes and fails with the numbers as expected/actual", () => {
    expect(outcome({ status: 201 })).toEqual({ pass: true, description: "Status is 201", expected: "201", actual: "201" });
    expect(outcome({ status: 200 })).toMatchObject({ pass: false, expected: "200", actual: "201" });
  });
});

describe("headers", () => {
  it("present / absent, case-insensitively", () => {
    expect(outcome({ header: "content-type", present: true })).toMatchObject({
      pass: true,
      description: "content-type header is present",
      expected: "present",
      actual: '"application/json"',
    });
    expect(outcome({ header: "X-Missing", present: true })).toMatchObject({ pass: false, actual: "no X-Missing header" });
    expect(outcome({ header: "X-Missing", absent: true })).toMatchObject({ pass: true, expected: "absent" });
    expect(outcome({ header: "LOCATION", absent: true })).toMatchObject({ pass: false, actual: '"/items/1"' });
  });

  it("equals: any occurrence of a repeated header may match", () => {
    expect(outcome({ header: "X-Tag", equals: "two" })).toMatchObject({
      pass: true,
      description: 'X-Tag header equals "two"',
      expected: '"two"',
      actual: '"one", "two"',
    });
    expect(outcome({ header: "X-Tag", equals: "three" }).pass).toBe(false);
    expect(outcome({ header: "Content-Type", equals: "application/JSON" }).pass).toBe(false);
  });

  it("matches a regex", () => {
    expect(outcome({ header: "Content-Type", matches: "^application/json" })).toMatchObject({
      pass: true,
      description: "Content-Type header matches /^application/json/",
      expected: "/^application/json/",
    });
    expect(outcome({ header: "Content-Type", matches: "^text/" })).toMatchObject({ pass: false, actual: '"application/json"' });
    expect(outcome({ header: "X-None", matches: "." })).toMatchObject({ pass: false, actual: "no X-None header" });
  });

  it("contains a substring", () => {
    expect(outcome({ header: "x-tag", contains: "ne" })).toMatchObject({ pass: true, expected: 'contains "ne"' });
    expect(outcome({ header: "x-tag", contains: "zz" }).pass).toBe(false);
  });
});

describe("jsonSubset", () => {
  it("matches objects recursively by key", () => {
    expect(outcome({ jsonSubset: { id: 1, owner: { role: "admin" } } })).toMatchObject({
      pass: true,
      description: 'JSON body contains {"id":1,"owner":{"role":"admin"}}',
      expected: '{"id":1,"owner":{"role":"admin"}}',
    });
    expect(outcome({ jsonSubset: { none: null, ok: true } }).pass).toBe(true);
  });

  it("says where the body departs from the subset", () => {
    expect(outcome({ jsonSubset: { id: 2 } })).toMatchObject({ pass: false, actual: "$.id is 1" });
    expect(outcome({ jsonSubset: { owner: { name: "x" } } })).toMatchObject({ pass: false, actual: "$.owner.name is missing" });
    expect(outcome({ jsonSubset: { name: { first: "Ada" } } })).toMatchObject({
      pass: false,
      actual: '$.name is "Ada", not an object',
    });
    expect(outcome({ jsonSubset: { id: "1" } }).pass).toBe(false);
  });

  it("matches arrays by length and position", () => {
    expect(outcome({ jsonSubset: { tags: ["a", "b"] } }).pass).toBe(true);
    expect(outcome({ jsonSubset: { tags: ["b", "a"] } })).toMatchObject({ pass: false, actual: '$.tags[0] is "a"' });
    expect(outcome({ jsonSubset: { tags: ["a"] } })).toMatchObject({ pass: false, actual: "$.tags has 2 items, not 1" });
    const list = response(200, [], '[{"id": 1, "x": 0}, {"id": 2}]');
    expect(outcome({ jsonSubset: [{ id: 1 }, { id: 2 }] }, list).pass).toBe(true);
    expect(outcome({ jsonSubset: { id: 1 } }, list)).toMatchObject({ pass: false, actual: "$ is [{\"id\":1,\"x\":0},{\"id\":2}], not an object" });
  });

  it("fails on a body that is not JSON", () => {
    expect(outcome({ jsonSubset: {} }, response(200, [], "<h1>hi</h1>"))).toMatchObject({
      pass: false,
      actual: 'not JSON: "<h1>hi</h1>"',
    });
    expect(outcome({ jsonSubset: {} }, response(204, []))).toMatchObject({ pass: false, actual: "not JSON: empty body" });
  });
});

describe("body", () => {
  const html = response(200, [], "Hello, World!");
  it("contains", () => {
    expect(outcome({ bodyContains: "World" }, html)).toMatchObject({
      pass: true,
      description: 'Body contains "World"',
      expected: 'contains "World"',
      actual: '"Hello, World!"',
    });
    expect(outcome({ bodyContains: "world" }, html).pass).toBe(false);
  });
  it("equals", () => {
    expect(outcome({ bodyEquals: "Hello, World!" }, html)).toMatchObject({ pass: true, expected: '"Hello, World!"' });
    expect(outcome({ bodyEquals: "" }, html)).toMatchObject({ pass: false, expected: "empty body", actual: '"Hello, World!"' });
    expect(outcome({ bodyEquals: "" }, response(204, [])).pass).toBe(true);
  });
  it("matches", () => {
    expect(outcome({ bodyMatches: "^Hello, \\w+!$" }, html)).toMatchObject({ pass: true, description: "Body matches /^Hello, \\w+!$/" });
    expect(outcome({ bodyMatches: "^Bye" }, html).pass).toBe(false);
  });
  it("cuts long bodies short in actual", () => {
    const long = response(200, [], "x".repeat(500));
    const { actual } = outcome({ bodyEquals: "y" }, long);
    expect(actual.length).toBeLessThan(130);
    expect(actual.endsWith('"…')).toBe(true);
  });
});

describe("redirectTo", () => {
  it("compares the Location resolved to a root-relative path+query", () => {
    expect(outcome({ redirectTo: "/items/1" })).toMatchObject({
      pass: true,
      description: "Redirects to /items/1",
      expected: 'Location "/items/1"',
      actual: '"/items/1"',
    });
    const absolute = response(302, [["Location", "http://localhost:5173/login?next=%2F"]]);
    expect(outcome({ redirectTo: "/login?next=%2F" }, absolute)).toMatchObject({
      pass: true,
      actual: '"http://localhost:5173/login?next=%2F" (→ /login?next=%2F)',
    });
    const relative = response(302, [["Location", "edit"]]);
    expect(outcome({ redirectTo: "/items/edit" }, relative, "/items/7").pass).toBe(true);
  });
  it("fails without a Location or with another target", () => {
    expect(outcome({ redirectTo: "/" }, response(200, []))).toMatchObject({ pass: false, actual: "no Location header" });
    expect(outcome({ redirectTo: "/items/2" })).toMatchObject({ pass: false, actual: '"/items/1"' });
  });
  it("resolveLocation", () => {
    expect(resolveLocation("/a?b=1")).toBe("/a?b=1");
    expect(resolveLocation("https://elsewhere.example/x")).toBe("/x");
    expect(resolveLocation("../up", "/a/b/c")).toBe("/a/up");
  });
});

describe("cookie", () => {
  it("finds a Set-Cookie by name", () => {
    expect(outcome({ cookie: "theme" })).toMatchObject({
      pass: true,
      description: 'Sets cookie "theme"',
      expected: "Set-Cookie theme=…",
      actual: '"theme=dark; Path=/"',
    });
    expect(outcome({ cookie: "nope" })).toMatchObject({ pass: false, actual: "no Set-Cookie for nope (only sid, theme, old, gone)" });
    expect(outcome({ cookie: "x" }, response(200, []))).toMatchObject({ pass: false, actual: "no Set-Cookie header" });
  });
  it("checks attributes, naming the missing ones", () => {
    const all: Expectation = {
      cookie: "sid",
      attributes: { HttpOnly: true, Secure: true, SameSite: "strict", Path: "/", "Max-Age": 3600 },
    };
    expect(outcome(all)).toMatchObject({
      pass: true,
      description: 'Sets cookie "sid" with HttpOnly, Secure, SameSite=strict, Path=/, Max-Age=3600',
    });
    expect(outcome({ cookie: "theme", attributes: { HttpOnly: true, SameSite: "Lax" } })).toMatchObject({
      pass: false,
      expected: "Set-Cookie theme=…; HttpOnly; SameSite=Lax",
      actual: '"theme=dark; Path=/" (missing HttpOnly, SameSite=Lax)',
    });
    expect(outcome({ cookie: "sid", attributes: { Path: "/app" } }).pass).toBe(false);
    expect(outcome({ cookie: "sid", attributes: { "Max-Age": 60 } }).pass).toBe(false);
  });
});

describe("cookieDeleted", () => {
  it("accepts Max-Age=0 or an Expires in the past", () => {
    expect(outcome({ cookieDeleted: "old" })).toMatchObject({ pass: true, description: 'Deletes cookie "old"' });
    expect(outcome({ cookieDeleted: "gone" }).pass).toBe(true);
  });
  it("fails for a cookie that is set, or not mentioned", () => {
    expect(outcome({ cookieDeleted: "sid" })).toMatchObject({ pass: false, actual: expect.stringContaining("sid=abc") });
    expect(outcome({ cookieDeleted: "nope" })).toMatchObject({ pass: false, actual: "no Set-Cookie for nope" });
  });
});

describe("header count", () => {
  it("counts every occurrence, whatever the case", () => {
    expect(outcome({ header: "X-Tag", count: 2 })).toMatchObject({ pass: true, description: "X-Tag header is sent 2 times" });
    expect(outcome({ header: "Content-Type", count: 1 })).toMatchObject({ pass: true, expected: "once" });
    const twice = response(200, [["Content-Type", "text/html; charset=utf-8"], ["Content-Type", "text/csv"]]);
    expect(outcome({ header: "Content-Type", count: 1 }, twice)).toMatchObject({
      pass: false,
      actual: '2 times: "text/html; charset=utf-8", "text/csv"',
    });
    expect(outcome({ header: "Location", count: 1 }, twice)).toMatchObject({ pass: false, actual: "no Location header" });
  });
});

describe("headerNames and statusLine", () => {
  const created = { ...response(201, [["Content-Type", "application/json"], ["X-Tag", "a"], ["X-Tag", "b"]]), reason: "CREATED" };
  it("compares the exact sequence of names, repeats included", () => {
    expect(outcome({ headerNames: ["content-type", "X-Tag", "X-Tag"] }, created).pass).toBe(true);
    expect(outcome({ headerNames: ["Content-Type", "X-Tag"] }, created)).toMatchObject({ pass: false, actual: "Content-Type, X-Tag, X-Tag" });
  });
  it("compares the status line with Werkzeug's reason phrase", () => {
    expect(outcome({ statusLine: "201 CREATED" }, created).pass).toBe(true);
    expect(outcome({ statusLine: "201 Created" }, created)).toMatchObject({ pass: false, actual: "201 CREATED" });
  });
});

describe("logged and notLogged", () => {
  const entry = (source: LogEntry["source"], message: string, level?: string, traceback?: string): LogEntry => ({
    source,
    message,
    time: 0,
    ...(level ? { level } : {}),
    ...(traceback ? { error: { type: "ZeroDivisionError", message: "division by zero", frames: [], text: traceback } } : {}),
  });
  const answered = {
    ...response(500, []),
    logs: [
      entry("stdout", "debugging: ERROR in the text"),
      entry("logging", "Exception on / [GET]", "ERROR", "Traceback (most recent call last):\nZeroDivisionError: division by zero"),
    ],
  };
  it("finds a logging record at the level or above, by message or traceback", () => {
    expect(outcome({ logged: { level: "WARNING" } }, answered).pass).toBe(true);
    expect(outcome({ logged: { level: "ERROR", contains: "ZeroDivisionError" } }, answered).pass).toBe(true);
    expect(outcome({ logged: { contains: "debugging" } }, answered).pass).toBe(true);
    expect(outcome({ logged: { level: "ERROR", contains: "KeyError" } }, answered)).toMatchObject({ pass: false, expected: 'an ERROR line containing "KeyError"' });
    expect(outcome({ logged: { level: "CRITICAL" } }, answered)).toMatchObject({
      pass: false,
      expected: "a CRITICAL line",
      actual: '"stdout: debugging: ERROR in the text", "ERROR: Exception on / [GET]"',
    });
  });
  it("never counts print output as a level, nor the server's access line", () => {
    const printed = { ...answered, logs: [entry("stdout", "ERROR: oops"), entry("server", '"GET / HTTP/1.1" 500 -', "INFO")] };
    expect(outcome({ logged: { level: "ERROR" } }, printed).pass).toBe(false);
    expect(outcome({ notLogged: { level: "ERROR" } }, printed)).toMatchObject({ pass: true });
    expect(outcome({ notLogged: { level: "ERROR" } }, answered)).toMatchObject({ pass: false, actual: expect.stringContaining("Exception on /") });
    expect(outcome({ logged: {} }, response(200, []))).toMatchObject({ pass: false, actual: "nothing logged" });
  });
});

describe("jsonShape", () => {
  it("passes when every key has a value of its type, extra keys allowed", () => {
    expect(outcome({ jsonShape: { id: "integer", name: "string", tags: ["string"], owner: { role: "string" } } }).pass).toBe(true);
    expect(outcome({ jsonShape: { ok: "boolean", none: "null", owner: "object", tags: "array", id: "number" } }).pass).toBe(true);
  });
  it("names the first place the body departs from the shape", () => {
    expect(outcome({ jsonShape: { id: "string" } })).toMatchObject({ pass: false, actual: "$.id is 1, not a string" });
    expect(outcome({ jsonShape: { error: "string" } })).toMatchObject({ pass: false, actual: "$.error is missing" });
    expect(outcome({ jsonShape: { tags: ["integer"] } })).toMatchObject({ pass: false, actual: '$.tags[0] is "a", not an integer' });
    expect(outcome({ jsonShape: ["any"] })).toMatchObject({ pass: false, actual: expect.stringMatching(/^\$ is .*not an array$/) });
  });
  it("with onlyKeys, rejects keys the shape does not name", () => {
    const shape = { id: "any", name: "any", tags: "any", owner: { id: "any" }, ok: "any", none: "any" } as const;
    expect(outcome({ jsonShape: shape, onlyKeys: true })).toMatchObject({
      pass: false,
      description: expect.stringContaining("(no other keys)"),
      actual: '$.owner has extra key "role"',
    });
    expect(outcome({ jsonShape: { ...shape, owner: "object" }, onlyKeys: true }).pass).toBe(true);
  });
  it("fails a body that is not JSON", () => {
    expect(outcome({ jsonShape: "any" }, response(200, [], "<p>hi</p>"))).toMatchObject({ pass: false, actual: 'not JSON: "<p>hi</p>"' });
  });
});

describe("noPitfall", () => {
  const dumps = response(404, [["Content-Type", "text/html; charset=utf-8"]], '{"error": "not found"}');
  it("fails with the inspector's own title, evidence and advice", () => {
    const result = outcome({ noPitfall: "json-as-html" }, dumps);
    expect(result.pass).toBe(false);
    expect(result.actual).toMatch(/^JSON sent as text\/html: .*parses as JSON/);
    expect(result.why).toMatch(/json\.dumps/);
  });
  it("passes when the detector finds nothing of that kind", () => {
    expect(outcome({ noPitfall: "json-as-html" })).toMatchObject({ pass: true });
    expect(outcome({ noPitfall: "error-with-2xx" }, dumps)).toMatchObject({ pass: true });
  });
  it("skips body pitfalls for HEAD, as the inspector does", () => {
    expect(evaluateExpectation({ noPitfall: "json-as-html" }, dumps, { method: "HEAD" }).pass).toBe(true);
  });
});

describe("why", () => {
  it("is reported only when the expectation fails", () => {
    const why = "redirect() sends 302 unless you pass code=301";
    expect(outcome({ status: 201, why })).not.toHaveProperty("why");
    expect(outcome({ status: 301, why })).toMatchObject({ pass: false, why });
  });
});

describe("runCheck", () => {
  const check: Check = {
    id: "created",
    title: "Create answers 201",
    steps: [
      {
        request: { method: "POST", path: "/items", body: "{}" },
        expect: [{ status: 201 }, { redirectTo: "/items/1" }, { header: "X-Missing", present: true }],
      },
    ],
  };
  it("sends the request and reports every expectation", async () => {
    const sent: unknown[] = [];
    const result = await runCheck(check, async (request) => {
      sent.push(request);
      return json;
    });
    expect(sent).toEqual([check.steps[0]!.request]);
    expect(result.id).toBe("created");
    expect(result.pass).toBe(false);
    expect(result.results.map((r) => r.pass)).toEqual([true, true, false]);
    expect(result.results[0]).not.toHaveProperty("step");
    expect(result.error).toBeUndefined();
  });
  it("passes when all pass", async () => {
    const result = await runCheck({ ...check, steps: [{ ...check.steps[0]!, expect: [{ status: 201 }] }] }, async () => json);
    expect(result).toMatchObject({ pass: true, results: [{ pass: true }] });
  });
  it("reports an error when the request cannot be served", async () => {
    const result = await runCheck(check, async () => {
      throw new Error("No app is loaded");
    });
    expect(result).toEqual({ id: "created", title: "Create answers 201", pass: false, results: [], error: "No app is loaded" });
  });
});

describe("runCheck with steps", () => {
  const created = response(201, [["Location", "/items/7"], ["Content-Type", "application/json"], ["Set-Cookie", "sid=s1; Path=/; HttpOnly"]], '{"id": 7, "owner": {"name": "Ada"}}');
  const read = response(200, [["Content-Type", "application/json"]], '{"id": 7}');
  const sequence: Check = {
    id: "create-read",
    title: "Create, then read back",
    steps: [
      { request: { method: "POST", path: "/items", body: "{}" }, expect: [{ status: 201 }] },
      { request: { method: "GET", path: "{location}?by={json.owner.name}" }, expect: [{ status: 200 }, { jsonSubset: { id: 7 } }] },
      { request: { method: "DELETE", path: "/items/{json.id}", headers: [["Cookie", "mine=1"]] }, expect: [{ status: 200 }] },
    ],
  };
  it("fills placeholders from the previous response and sends the cookies it set", async () => {
    const sent: { path: string; headers?: [string, string][] }[] = [];
    const answers = [created, read, read];
    const result = await runCheck(sequence, async (request) => {
      sent.push(request);
      return answers[sent.length - 1]!;
    });
    expect(result.pass).toBe(true);
    expect(sent.map((r) => r.path)).toEqual(["/items", "/items/7?by=Ada", "/items/7"]);
    expect(sent[1]!.headers).toEqual([["Cookie", "sid=s1"]]);
    expect(sent[2]!.headers, "a step's own Cookie header wins").toEqual([["Cookie", "mine=1"]]);
    expect(result.results.map((r) => r.step)).toEqual([0, 1, 1, 2]);
  });
  it("stops at the first failing step", async () => {
    let calls = 0;
    const result = await runCheck(sequence, async () => (calls++ === 0 ? read : created));
    expect(calls).toBe(1);
    expect(result).toMatchObject({ pass: false, results: [{ pass: false, step: 0, expected: "201", actual: "200" }] });
  });
  it("says which step could not be built when the previous response lacks a value", async () => {
    const first = response(201, [], "plain");
    const result = await runCheck(sequence, async () => first);
    expect(result).toMatchObject({ pass: false, error: "Step 2: the previous response has no Location header to follow" });
  });
});

describe("toWireRequest", () => {
  it("builds what the browser would send to http://localhost:5173/flask/...", () => {
    const wire = toWireRequest({
      method: "post",
      path: "/items?tag=a b",
      headers: [["Content-Type", "application/json"]],
      body: '{"name": "é"}',
    });
    expect(wire).toEqual({
      method: "POST",
      path: "/items",
      query: "tag=a%20b",
      headers: [
        ["Host", "localhost:5173"],
        ["Content-Type", "application/json"],
        ["Content-Length", "14"],
      ],
      body: new TextEncoder().encode('{"name": "é"}'),
      scheme: "http",
      serverName: "localhost",
      serverPort: 5173,
    });
  });
  it("gives GET and HEAD no body, a bodiless DELETE none either, a bodiless POST an empty one", () => {
    expect(toWireRequest({ method: "GET", path: "/", body: "ignored" }).body).toBeNull();
    expect(toWireRequest({ method: "HEAD", path: "/" }).body).toBeNull();
    expect(toWireRequest({ method: "DELETE", path: "/x" }).body).toBeNull();
    expect(toWireRequest({ method: "DELETE", path: "/x" }).headers.map(([name]) => name)).toEqual(["Host"]);
    expect(toWireRequest({ method: "POST", path: "/x" }).headers).toContainEqual(["Content-Length", "0"]);
  });
});
