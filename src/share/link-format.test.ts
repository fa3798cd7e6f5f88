import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from "lz-string";
import { describe, expect, it } from "vitest";
import {
  CORRUPT_MESSAGE,
  CURRENT_VERSION,
  LINK_LENGTH_WARNING,
  MAX_JSON_LENGTH,
  decodeShareFragment,
  encodeShareFragment,
  encodeShareLink,
  isTooLongForChat,
  parseFragment,
} from "./link-format";
import type { DecodeResult } from "./link-format";
import { ShareLinkError, validateShareState } from "./share-state";
import type { ShareBodyField, ShareBodyKind, ShareHeader, ShareState } from "./share-state";

const BASE = "https://example.org/flask-playground/";
const here = import.meta.dirname;
const TYPICAL_APP = readFileSync(join(here, "fixtures/typical-app.py"), "utf8");

const defaults = (): ShareState => ({
  code: "",
  request: {
    method: "GET",
    path: "/",
    headers: [["Accept", "*/*", true]],
    body: { kind: "none", text: "", fields: [{ name: "", value: "", enabled: true }] },
    followRedirects: false,
  },
  lesson: null,
});

/** What a learner shares from the typical 60-line app: a POST with headers and a JSON body. */
const typical = (): ShareState => ({
  code: TYPICAL_APP,
  request: {
    method: "POST",
    path: "/api/notes",
    headers: [
      ["Accept", "application/json", true],
      ["Content-Type", "application/json", true],
      ["X-Request-Id", "note-42", true],
      ["Authorization", "Bearer not-a-real-token", false],
    ],
    body: { kind: "json", text: '{\n  "title": "Write the share-link doc"\n}', fields: [{ name: "", value: "", enabled: true }] },
    followRedirects: false,
  },
  lesson: "json",
});

const fragmentOf = (url: string) => url.slice(url.indexOf("#"));
const payloadOf = (url: string) => url.slice(url.indexOf("#share=1.") + "#share=1.".length);
/** The compact JSON a link carries. */
const compactOf = (url: string): unknown => JSON.parse(decompressFromEncodedURIComponent(payloadOf(url)));
const linkFor = (compactJson: string) => `#share=1.${compressToEncodedURIComponent(compactJson)}`;

function expectWellFormed(result: DecodeResult): void {
  expect(["none", "ok", "error"]).toContain(result.kind);
  if (result.kind === "error") {
    expect(["newer-version", "corrupt", "invalid"]).toContain(result.reason);
    expect(result.message.length).toBeGreaterThan(0);
  }
  if (result.kind === "ok") expect(validateShareState(result.state)).toEqual(result.state);
}

describe("parseFragment", () => {
  it.each<[string, ReturnType<typeof parseFragment>]>([
    ["", {}],
    ["#", {}],
    ["#share=1.abc", { share: "1.abc" }],
    ["share=1.abc", { share: "1.abc" }],
    ["#lesson=headers", { lesson: "headers" }],
    ["#share=1.abc&lesson=headers", { share: "1.abc", lesson: "headers" }],
    ["#lesson=headers&share=1.abc", { share: "1.abc", lesson: "headers" }],
    ["#theme=dark&lesson=json&x", { lesson: "json" }],
    ["#share=1.first&share=1.second", { share: "1.first" }],
    ["#share=1.a=b", { share: "1.a=b" }],
    ["#share=1.A%24B%2BC", { share: "1.A$B+C" }],
    ["#share=1.bad%E0%A4%A", { share: "1.bad%E0%A4%A" }],
    ["#lesson=", { lesson: "" }],
    ["#course", { course: "" }],
    ["#course=done", { course: "done" }],
    ["#course&lesson=json", { course: "", lesson: "json" }],
    ["#course=done&course", { course: "done" }],
    ["#courses", {}],
  ])("%j", (hash, parts) => {
    expect(parseFragment(hash)).toEqual(parts);
  });
});

describe("encodeShareLink", () => {
  it("puts the state in the fragment of the base URL, replacing any fragment there", () => {
    const state = typical();
    const url = encodeShareLink(state, `${BASE}?theme=dark#lesson=headers`);
    expect(url.startsWith(`${BASE}?theme=dark#share=1.`)).toBe(true);
    expect(url).not.toContain("lesson=headers");
    expect(encodeShareLink(state, BASE)).toBe(BASE + encodeShareFragment(state));
  });

  it("writes only characters that need no escaping in a fragment", () => {
    expect(payloadOf(encodeShareLink(typical(), BASE))).toMatch(/^[A-Za-z0-9+\-$]+$/);
    const url = encodeShareLink(typical(), BASE);
    expect(new URL(url).href).toBe(url);
  });

  it("refuses a state that breaks a limit, with a message for the person sharing", () => {
    const state = typical();
    state.request.headers.push(["X Bad", "1", true]);
    expect(() => encodeShareLink(state, BASE)).toThrow(ShareLinkError);
    expect(() => encodeShareLink(state, BASE)).toThrow(
      `Can't make a share link: the request header 5 has a name that isn't a valid HTTP header name: "X Bad".`,
    );
  });

  it("refuses a playground whose data is too big for any link", () => {
    const state = typical();
    state.request.body.text = "x".repeat(MAX_JSON_LENGTH);
    expect(() => encodeShareLink(state, BASE)).toThrow(ShareLinkError);
    expect(() => encodeShareLink(state, BASE)).toThrow(
      /^Can't make a share link: the playground is too big for a link \([\d,]+ characters of data; at most 2,000,000\)\.$/,
    );
  });

  describe("the compact v1 form", () => {
    it("is {} when everything is at its v1 default", () => {
      expect(compactOf(encodeShareLink(defaults(), BASE))).toStrictEqual({});
    });

    it("uses short keys, [name, value] rows and 0 for a switched-off row", () => {
      const state = typical();
      state.request.followRedirects = true;
      state.request.body = {
        kind: "form",
        text: "",
        fields: [
          { name: "a", value: "1", enabled: true },
          { name: "b", value: "2", enabled: false },
        ],
      };
      state.code = "app = 1";
      expect(compactOf(encodeShareLink(state, BASE))).toStrictEqual({
        c: "app = 1",
        m: "POST",
        p: "/api/notes",
        h: [
          ["Accept", "application/json"],
          ["Content-Type", "application/json"],
          ["X-Request-Id", "note-42"],
          ["Authorization", "Bearer not-a-real-token", 0],
        ],
        b: {
          k: "form",
          f: [
            ["a", "1"],
            ["b", "2", 0],
          ],
        },
        r: 1,
        l: "json",
      });
    });

    it("keeps an empty list apart from the default list", () => {
      const state = defaults();
      state.request.headers = [];
      state.request.body.fields = [];
      expect(compactOf(encodeShareLink(state, BASE))).toStrictEqual({ h: [], b: { f: [] } });
      state.request.headers = [["Accept", "*/*", false]];
      expect(compactOf(encodeShareLink(state, BASE))).toStrictEqual({ h: [["Accept", "*/*", 0]], b: { f: [] } });
    });

    it("opens explicit defaults the same as left-out ones", () => {
      const explicit = linkFor(JSON.stringify({ c: "", m: "GET", p: "/", h: [["Accept", "*/*"]], b: { k: "none", t: "", f: [["", ""]] }, l: null }));
      expect(decodeShareFragment(explicit)).toStrictEqual({ kind: "ok", state: defaults(), version: 1 });
      expect(decodeShareFragment(linkFor("{}"))).toStrictEqual({ kind: "ok", state: defaults(), version: 1 });
    });
  });
});

describe("round trips", () => {
  it.each<[string, ShareState]>([
    ["the v1 defaults", defaults()],
    ["the typical app", typical()],
    [
      "unicode everywhere",
      {
        code: "# 🐍 你好，世界 · 안녕 · こんにちは · Zoë · 🇯🇵 · 👋🏽\nprint('\\u00e9')\n\t\r\n\0",
        request: {
          method: "PATCH",
          path: "/grüße?q=東京&x=%20#frag",
          headers: [["X-Note", "café ☕", false]],
          body: { kind: "text", text: 'emoji 🎉 and "quotes" and \\ backslashes', fields: [{ name: "名前", value: "値", enabled: true }] },
          followRedirects: true,
        },
        lesson: "strings",
      },
    ],
    ["lone surrogates (what an editor can hold mid-edit)", { ...defaults(), code: "\ud83d and \udc0d and \udc0d\ud83d" }],
  ])("%s", (_name, state) => {
    const url = encodeShareLink(state, BASE);
    expect(decodeShareFragment(fragmentOf(url))).toStrictEqual({ kind: "ok", state, version: CURRENT_VERSION });
    // What a browser's location.hash gives for the same link.
    expect(decodeShareFragment(new URL(url).hash)).toStrictEqual({ kind: "ok", state, version: CURRENT_VERSION });
  });

  it("survives tools that percent-encode $ and + or turn + into a space", () => {
    const url = encodeShareLink(typical(), BASE);
    const payload = payloadOf(url);
    expect(payload).toMatch(/[$+]/);
    const encoded = `#share=1.${payload.replaceAll("$", "%24").replaceAll("+", "%2B")}`;
    expect(decodeShareFragment(encoded)).toMatchObject({ kind: "ok", state: typical() });
    if (payload.includes("+")) {
      expect(decodeShareFragment(`#share=1.${payload.replaceAll("+", " ")}`)).toMatchObject({ kind: "ok", state: typical() });
    }
  });

  it("opens a share link with a lesson link beside it, in either order", () => {
    const fragment = encodeShareFragment(typical());
    expect(decodeShareFragment(`${fragment}&lesson=headers`)).toMatchObject({ kind: "ok", state: typical() });
    expect(decodeShareFragment(`#lesson=headers&${fragment.slice(1)}`)).toMatchObject({ kind: "ok", state: typical() });
  });
});

// Arbitrary valid ShareStates: any unicode (and lone UTF-16 code units) in code, path, values
// and body; v1 defaults mixed in often so the leave-out-the-default paths are exercised.
const utf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)), maxLength: 60 });
const text = fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), utf16, fc.constant(""));
const token = fc.stringMatching(/^[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,24}$/);
const headerValue = fc.string({ unit: "binary", maxLength: 60 }).filter((value) => !/[\r\n\0]/.test(value));
const header = fc.tuple(token, headerValue, fc.boolean()).map((row): ShareHeader => row);
// noNullPrototype: decoded states are plain objects, and toStrictEqual compares prototypes.
const plain = { noNullPrototype: true } as const;
const field = fc.record({ name: text, value: text, enabled: fc.boolean() }, plain);
const shareState: fc.Arbitrary<ShareState> = fc.record(
  {
    code: fc.oneof(fc.string({ unit: "binary", maxLength: 2000 }), utf16, fc.constant(""), fc.constant(TYPICAL_APP)),
    request: fc.record(
      {
        method: fc.oneof(fc.constantFrom("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"), token),
        path: fc.oneof(fc.constant("/"), text),
        headers: fc.oneof(fc.constant<ShareHeader[]>([["Accept", "*/*", true]]), fc.array(header, { maxLength: 8 })),
        body: fc.record(
          {
            kind: fc.constantFrom<ShareBodyKind>("none", "json", "form", "multipart", "text"),
            text,
            fields: fc.oneof(fc.constant<ShareBodyField[]>([{ name: "", value: "", enabled: true }]), fc.array(field, { maxLength: 6 })),
          },
          plain,
        ),
        followRedirects: fc.boolean(),
      },
      plain,
    ),
    lesson: fc.option(fc.stringMatching(/^[a-z0-9-]{1,64}$/), { nil: null }),
  },
  plain,
);

describe("properties", () => {
  it("decode(encode(s)) equals s for any valid state", () => {
    fc.assert(
      fc.property(shareState, (state) => {
        expect(validateShareState(state)).toStrictEqual(state);
        const result = decodeShareFragment(fragmentOf(encodeShareLink(state, BASE)));
        expect(result).toStrictEqual({ kind: "ok", state, version: 1 });
      }),
      { numRuns: 300 },
    );
  });

  it("a link cut at any point of its payload never throws and is refused or (rarely) still valid", () => {
    const url = encodeShareLink(typical(), BASE);
    const payload = payloadOf(url);
    const counts = { ok: 0, corrupt: 0, invalid: 0, other: 0 };
    for (let end = 0; end < payload.length; end++) {
      const result = decodeShareFragment(`#share=1.${payload.slice(0, end)}`);
      expectWellFormed(result);
      if (result.kind === "ok") {
        // Here only the last character or two hold nothing but padding; no cut opens as a different playground.
        expect(result.state).toStrictEqual(typical());
        expect(end).toBeGreaterThanOrEqual(payload.length - 2);
        counts.ok++;
      } else if (result.kind === "error" && result.reason === "corrupt") counts.corrupt++;
      else if (result.kind === "error" && result.reason === "invalid") counts.invalid++;
      else counts.other++;
    }
    console.log(`cut at each of ${payload.length} positions:`, counts);
    expect(counts.other).toBe(0);
    expect(counts.ok).toBeLessThan(payload.length / 100);
    // Cut anywhere in the whole fragment, too (the version, the key).
    const fragment = fragmentOf(url);
    for (let end = 0; end < 12; end++) expectWellFormed(decodeShareFragment(fragment.slice(0, end)));
  });

  it("a payload with characters changed never throws", () => {
    const payload = payloadOf(encodeShareLink(typical(), BASE));
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$";
    const replacement = fc.oneof(fc.constantFrom(...alphabet), fc.constantFrom("%", " ", "#", "&", "=", ".", "é", "🎉", "\0"));
    const edit = fc.tuple(fc.nat({ max: payload.length - 1 }), replacement);
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        const chars = [...payload];
        for (const [at, char] of edits) chars[at] = char;
        expectWellFormed(decodeShareFragment(`#share=1.${chars.join("")}`));
      }),
      { numRuns: 1000 },
    );
  });

  it("any JSON value in a v1 payload is opened or refused, never thrown", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = decodeShareFragment(linkFor(JSON.stringify(value)));
        expectWellFormed(result);
        if (result.kind === "error") expect(result.reason).toBe("invalid");
      }),
      { numRuns: 300 },
    );
  });

  it("any fragment at all is read without throwing", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.constantFrom("", "#", "#share=", "#share=1.", "#lesson=x&share=1."), (tail, head) => {
        expectWellFormed(decodeShareFragment(head + tail));
      }),
      { numRuns: 500 },
    );
  });
});

describe("decodeShareFragment", () => {
  it.each(["", "#", "#lesson=headers", "#theme=dark", "#sharex=1.abc", "#/some/route"])("says none for %j", (hash) => {
    expect(decodeShareFragment(hash)).toStrictEqual({ kind: "none" });
  });

  it.each(["#share=2.N4Ig", "#share=3.", "#share=12345678901234567890.x"])("says %j was made by a newer playground", (hash) => {
    const result = decodeShareFragment(hash);
    expect(result).toMatchObject({ kind: "error", reason: "newer-version" });
    expect(result.kind === "error" && result.message).toContain("made by a newer version of the playground");
  });

  it("names the link's format version and this page's", () => {
    expect(decodeShareFragment("#share=2.abc")).toStrictEqual({
      kind: "error",
      reason: "newer-version",
      message:
        "This share link was made by a newer version of the playground (link format 2; this page reads up to 1). " +
        "Reload the page to get the newest playground, then open the link again.",
    });
  });

  it.each([
    ["no payload", "#share="],
    ["no version", "#share=N4IgxiBcIGYE4HsC2ACGA"],
    ["a version only", "#share=1"],
    ["an empty payload", "#share=1."],
    ["version 0", "#share=0.N4Ig"],
    ["a negative version", "#share=-1.N4Ig"],
    ["a zero-padded version", "#share=01.N4Ig"],
    ["a payload that is not lz-string", "#share=1.!!!!"],
    ["a payload outside the alphabet", "#share=1.é🎉"],
    ["a payload that decompresses to nothing", "#share=1.A"],
    ["a payload that is not JSON", linkFor("def index(): pass")],
    ["JSON cut short", linkFor('{"c": "from flask imp')],
  ])("says a link with %s looks cut off or changed", (_name, hash) => {
    expect(decodeShareFragment(hash)).toStrictEqual({ kind: "error", reason: "corrupt", message: CORRUPT_MESSAGE });
  });

  it("says why a readable payload isn't a playground", () => {
    const invalid = (json: string) => {
      const result = decodeShareFragment(linkFor(json));
      expect(result).toMatchObject({ kind: "error", reason: "invalid" });
      return result.kind === "error" ? result.message : "";
    };
    expect(invalid("[]")).toBe("This link doesn't hold a playground (code, a request and a lesson).");
    expect(invalid('"hello"')).toBe("This link doesn't hold a playground (code, a request and a lesson).");
    expect(invalid('{"m": ""}')).toBe("This link's request has no method.");
    expect(invalid('{"m": "GET /"}')).toBe(`This link's request's method "GET /" isn't a valid HTTP method name.`);
    expect(invalid('{"c": null}')).toBe("This link's code isn't text.");
    expect(invalid('{"theme": "dark"}')).toBe(`This link has a part this playground doesn't know ("theme").`);
    expect(invalid('{"b": {"k": "json", "z": 1}}')).toBe(`This link's request body has a part this playground doesn't know ("z").`);
    expect(invalid('{"b": []}')).toBe("This link's request body isn't a set of fields.");
    expect(invalid('{"b": {"k": "xml"}}')).toBe(
      `This link's request body has an unknown kind "xml"; it should be one of none, json, form, multipart, text.`,
    );
    expect(invalid('{"h": {"Accept": "*/*"}}')).toBe("This link's request headers aren't a list.");
    expect(invalid('{"h": [["Accept", "*/*", 1]]}')).toBe("This link's request header 1 isn't a name, a value and an on/off switch.");
    expect(invalid('{"h": [["Accept"]]}')).toBe("This link's request header 1 isn't a name, a value and an on/off switch.");
    expect(invalid('{"h": [["Bad Name", "x"]]}')).toBe(`This link's request header 1 has a name that isn't a valid HTTP header name: "Bad Name".`);
    expect(invalid('{"b": {"f": [["a", "1", false]]}}')).toBe("This link's request body field 1 isn't a name, a value and an on/off switch.");
    expect(invalid('{"r": true}')).toBe("This link's request doesn't say clearly whether to follow redirects.");
    expect(invalid('{"l": "Headers"}')).toBe(
      `This link's lesson name "Headers" isn't valid (lesson names are 1 to 64 lowercase letters, digits and dashes).`,
    );
    expect(invalid(JSON.stringify({ c: "x".repeat(200_001) }))).toBe("This link's code is longer than 200,000 characters (it has 200,001).");
    expect(invalid(JSON.stringify({ h: Array.from({ length: 101 }, () => ["X-A", "1"]) }))).toBe(
      "This link's request has 101 headers; at most 100 fit in a link.",
    );
  });
});

/**
 * Links already out in the world. fixtures/v1-links.json was written once by
 * encodeShareLink; it must NEVER be regenerated or edited, only appended to:
 * each entry is a promise that a link someone pasted keeps opening exactly as
 * it did. If this test fails, the change broke old links: fix the change, not
 * the fixture.
 */
describe("published v1 links (fixtures/v1-links.json)", () => {
  const fixtures = JSON.parse(readFileSync(join(here, "fixtures/v1-links.json"), "utf8")) as {
    links: { name: string; note: string; url: string; state: ShareState }[];
  };

  it("holds at least the first six links, each with its own name", () => {
    expect(fixtures.links.length).toBeGreaterThanOrEqual(6);
    expect(new Set(fixtures.links.map((link) => link.name)).size).toBe(fixtures.links.length);
  });

  it.each(fixtures.links.map((link) => [link.name, link] as const))("%s still opens exactly as recorded", (_name, link) => {
    expect(decodeShareFragment(new URL(link.url).hash)).toStrictEqual({ kind: "ok", state: link.state, version: 1 });
    expect(decodeShareFragment(fragmentOf(link.url))).toStrictEqual({ kind: "ok", state: link.state, version: 1 });
  });

  it("the typical-app link holds fixtures/typical-app.py", () => {
    expect(fixtures.links.find((link) => link.name === "typical-app-json-body")?.state).toStrictEqual(typical());
  });
});

describe("link length", () => {
  it("a link for a typical 60-line Flask app fits in chat", () => {
    expect(TYPICAL_APP.trimEnd().split("\n")).toHaveLength(60);
    const url = encodeShareLink(typical(), BASE);
    console.log(`typical 60-line app (${TYPICAL_APP.length} chars of code): link ${url.length} characters, payload ${payloadOf(url).length}`);
    expect(url.length).toBeLessThan(LINK_LENGTH_WARNING);
    expect(isTooLongForChat(url)).toBe(false);
  });

  it("a huge app is too long for chat", () => {
    const routes = Array.from(
      { length: 1500 },
      (_, i) => `@app.get("/items/${i}")\ndef item_${i}():\n    return {"id": ${i}, "tag": "${(i * 7919).toString(36)}"}\n`,
    );
    const url = encodeShareLink({ ...typical(), code: routes.join("\n") }, BASE);
    console.log(`huge app (${routes.length * 3} lines): link ${url.length} characters`);
    expect(isTooLongForChat(url)).toBe(true);
  });

  it("warns past 2,000 characters", () => {
    expect(LINK_LENGTH_WARNING).toBe(2000);
    expect(isTooLongForChat("x".repeat(2000))).toBe(false);
    expect(isTooLongForChat("x".repeat(2001))).toBe(true);
  });
});
