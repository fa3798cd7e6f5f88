import { describe, expect, expectTypeOf, it } from "vitest";
import type { BodyDraft } from "../request/body-encoding";
import { SHARE_LIMITS, ShareLinkError, shareableHeaders, validateShareState, validateStateToShare } from "./share-state";
import type { ShareBody, ShareState } from "./share-state";

const valid = (): ShareState => ({
  code: "from flask import Flask\napp = Flask(__name__)\n",
  request: {
    method: "POST",
    path: "/items?page=2",
    headers: [
      ["Accept", "application/json", true],
      ["X-Off", "1", false],
    ],
    body: { kind: "json", text: '{"a": 1}', fields: [{ name: "", value: "", enabled: true }] },
    followRedirects: true,
  },
  lesson: "headers",
});

/** A state the tests break on purpose: any field may be removed or set to a value of the wrong type. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- writing wrong types into it is what these tests do.
type Breakable = Record<string, any>;

/** A valid state with one part replaced by `patch(state)`'s changes. */
function broken(patch: (state: Breakable) => void): unknown {
  const state = structuredClone(valid()) as Breakable;
  patch(state);
  return state;
}

function messageOf(value: unknown): string {
  try {
    validateShareState(value);
  } catch (error) {
    expect(error).toBeInstanceOf(ShareLinkError);
    return (error as Error).message;
  }
  throw new Error("expected validateShareState to throw");
}

describe("validateShareState", () => {
  it("accepts a valid state and returns an equal, fresh copy", () => {
    const state = valid();
    const checked = validateShareState(state);
    expect(checked).toEqual(state);
    expect(checked).not.toBe(state);
    expect(checked.request.headers[0]).not.toBe(state.request.headers[0]);
  });

  it("accepts the edges of every limit", () => {
    expect(() => validateShareState(broken((s) => (s.code = "x".repeat(SHARE_LIMITS.code))))).not.toThrow();
    expect(() => validateShareState(broken((s) => (s.request.headers = Array.from({ length: 100 }, (_, i) => [`X-${i}`, "v", true]))))).not.toThrow();
    expect(() => validateShareState(broken((s) => (s.lesson = "a".repeat(64))))).not.toThrow();
    expect(() => validateShareState(broken((s) => (s.lesson = null)))).not.toThrow();
    expect(() => validateShareState(broken((s) => (s.code = "")))).not.toThrow();
    expect(() => validateShareState(broken((s) => (s.request.headers = [])))).not.toThrow();
    expect(() => validateShareState(broken((s) => (s.request.body.fields = [])))).not.toThrow();
    // Every tchar of RFC 9110's token grammar.
    expect(() => validateShareState(broken((s) => (s.request.headers = [["!#$%&'*+-.^_`|~09AZaz", "", true]])))).not.toThrow();
    expect(() => validateShareState(broken((s) => (s.request.method = "M-SEARCH")))).not.toThrow();
  });

  it.each<[string, (s: Breakable) => void, string]>([
    ["no method", (s) => delete s.request.method, "This link's request has no method."],
    ["empty method", (s) => (s.request.method = ""), "This link's request has no method."],
    ["method not text", (s) => (s.request.method = 5), "This link's request's method isn't text."],
    ["method not a token", (s) => (s.request.method = "GET /"), `This link's request's method "GET /" isn't a valid HTTP method name.`],
    ["no code", (s) => delete s.code, "This link's code is missing."],
    ["code not text", (s) => (s.code = ["print()"]), "This link's code isn't text."],
    ["code too long", (s) => (s.code = "x".repeat(200_001)), "This link's code is longer than 200,000 characters (it has 200,001)."],
    ["no request", (s) => delete s.request, "This link's request is missing or isn't a set of fields."],
    ["request is a list", (s) => (s.request = []), "This link's request is missing or isn't a set of fields."],
    ["no path", (s) => delete s.request.path, "This link's request has no path."],
    ["path not text", (s) => (s.request.path = null), "This link's request's path isn't text."],
    ["headers not a list", (s) => (s.request.headers = { Accept: "*/*" }), "This link's request's headers are missing or aren't a list."],
    [
      "too many headers",
      (s) => (s.request.headers = Array.from({ length: 101 }, () => ["X-A", "1", true])),
      "This link's request has 101 headers; at most 100 fit in a link.",
    ],
    [
      "header not a triple",
      (s) => (s.request.headers = [["Accept", "*/*"]]),
      "This link's request header 1 isn't a name, a value and an on/off switch.",
    ],
    ["header name not text", (s) => (s.request.headers[1][0] = 1), "This link's request header 2 has a name that isn't text."],
    ["empty header name", (s) => (s.request.headers[0][0] = ""), "This link's request header 1 has no name."],
    [
      "header name with a space",
      (s) => (s.request.headers[0][0] = "X Bad"),
      `This link's request header 1 has a name that isn't a valid HTTP header name: "X Bad".`,
    ],
    [
      "header name with a colon",
      (s) => (s.request.headers[0][0] = "Host:"),
      `This link's request header 1 has a name that isn't a valid HTTP header name: "Host:".`,
    ],
    [
      "header name not ASCII",
      (s) => (s.request.headers[0][0] = "X-Grüße"),
      `This link's request header 1 has a name that isn't a valid HTTP header name: "X-Grüße".`,
    ],
    ["header value not text", (s) => (s.request.headers[0][1] = 2), `This link's request header "Accept" has a value that isn't text.`],
    [
      "header value with a line break",
      (s) => (s.request.headers[0][1] = "a\r\nSet-Cookie: x=1"),
      `This link's request header "Accept" has a line break or NUL character in its value.`,
    ],
    ["header switch not boolean", (s) => (s.request.headers[0][2] = 1), `This link's request header "Accept" doesn't say whether it is on or off.`],
    ["no body", (s) => delete s.request.body, "This link's request body is missing or isn't a set of fields."],
    [
      "unknown body kind",
      (s) => (s.request.body.kind = "xml"),
      `This link's request body has an unknown kind "xml"; it should be one of none, json, form, multipart, text.`,
    ],
    [
      "body kind not text",
      (s) => (s.request.body.kind = 1),
      "This link's request body has an unknown kind (not text); it should be one of none, json, form, multipart, text.",
    ],
    ["body text missing", (s) => delete s.request.body.text, "This link's request body has no text (use empty text for none)."],
    ["body fields not a list", (s) => (s.request.body.fields = "a=1"), "This link's request body's fields are missing or aren't a list."],
    [
      "too many body fields",
      (s) => (s.request.body.fields = Array.from({ length: 101 }, () => ({ name: "a", value: "", enabled: true }))),
      "This link's request body has 101 fields; at most 100 fit in a link.",
    ],
    [
      "body field not an object",
      (s) => (s.request.body.fields = [["a", "1", true]]),
      "This link's request body's field 1 is missing or isn't a set of fields.",
    ],
    ["body field value missing", (s) => delete s.request.body.fields[0].value, "This link's request body's field 1 has no value."],
    [
      "body field switch not boolean",
      (s) => (s.request.body.fields[0].enabled = "yes"),
      "This link's request body's field 1 doesn't say whether it is on or off.",
    ],
    ["follow redirects missing", (s) => delete s.request.followRedirects, "This link's request doesn't say whether to follow redirects."],
    ["follow redirects not boolean", (s) => (s.request.followRedirects = 1), "This link's request doesn't say whether to follow redirects."],
    ["lesson missing", (s) => delete s.lesson, "This link's lesson is missing (it should be a lesson name or none)."],
    ["lesson not text", (s) => (s.lesson = 3), "This link's lesson isn't a lesson name."],
    [
      "lesson with capitals",
      (s) => (s.lesson = "Headers"),
      `This link's lesson name "Headers" isn't valid (lesson names are 1 to 64 lowercase letters, digits and dashes).`,
    ],
    [
      "empty lesson",
      (s) => (s.lesson = ""),
      `This link's lesson name "" isn't valid (lesson names are 1 to 64 lowercase letters, digits and dashes).`,
    ],
    [
      "lesson path",
      (s) => (s.lesson = "../x"),
      `This link's lesson name "../x" isn't valid (lesson names are 1 to 64 lowercase letters, digits and dashes).`,
    ],
    [
      "lesson too long",
      (s) => (s.lesson = "a".repeat(65)),
      `This link's lesson name "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…" isn't valid (lesson names are 1 to 64 lowercase letters, digits and dashes).`,
    ],
    ["unknown top-level key", (s) => (s.theme = "dark"), `This link has a part this playground doesn't know ("theme").`],
    ["unknown request key", (s) => (s.request.timeout = 5), `This link's request has a part this playground doesn't know ("timeout").`],
    [
      "unknown body key",
      (s) => (s.request.body.encoding = "utf-8"),
      `This link's request body has a part this playground doesn't know ("encoding").`,
    ],
  ])("refuses %s", (_name, patch, message) => {
    expect(messageOf(broken(patch))).toBe(message);
  });

  it.each([null, undefined, 42, "code", [], true])("refuses %j as a whole", (value) => {
    expect(messageOf(value)).toBe("This link doesn't hold a playground (code, a request and a lesson).");
  });

  it("refuses a __proto__ key that JSON.parse makes an own property", () => {
    const value = JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(valid()).slice(1)}`);
    expect(messageOf(value)).toBe(`This link has a part this playground doesn't know ("__proto__").`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("says where the problem is", () => {
    try {
      validateShareState(broken((s) => (s.request.headers[1][0] = "a b")));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ShareLinkError);
      expect(error).toBeInstanceOf(Error);
      expect((error as ShareLinkError).name).toBe("ShareLinkError");
      expect((error as ShareLinkError).field).toBe("request.headers[1][0]");
    }
  });
});

describe("validateStateToShare", () => {
  it("words problems for the person sharing", () => {
    expect(() => validateStateToShare(broken((s) => (s.request.method = "")))).toThrow(
      new ShareLinkError("Can't make a share link: the request has no method.", "request.method"),
    );
    expect(() => validateStateToShare(broken((s) => (s.code = "x".repeat(200_001))))).toThrow(
      "Can't make a share link: the code is longer than 200,000 characters (it has 200,001).",
    );
  });
});

describe("shareableHeaders", () => {
  it("trims names and drops rows without a name, like sending does", () => {
    const rows = [
      { name: " Accept ", value: "*/*", enabled: true },
      { name: "", value: "", enabled: true },
      { name: "  ", value: "x", enabled: false },
      { name: "X-Off", value: " kept as typed ", enabled: false },
    ];
    expect(shareableHeaders(rows)).toEqual([
      ["Accept", "*/*", true],
      ["X-Off", " kept as typed ", false],
    ]);
  });
});

describe("the shape", () => {
  it("maps one to one onto the request builder's body draft", () => {
    expectTypeOf<ShareBody>().toEqualTypeOf<BodyDraft>();
  });
});
