import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CORRUPT_MESSAGE, encodeShareFragment } from "./link-format";
import { readInitialState } from "./read-initial-state";
import type { ShareState } from "./share-state";

const fallback = { code: "from flask import Flask\napp = Flask(__name__)\n", lesson: "strings" };

const shared: ShareState = {
  code: 'from flask import Flask\napp = Flask(__name__)\n\n@app.get("/")\ndef index():\n    return {"shared": True}\n',
  request: {
    method: "GET",
    path: "/",
    headers: [["Accept", "application/json", true]],
    body: { kind: "none", text: "", fields: [] },
    followRedirects: false,
  },
  lesson: "json",
};
const link = encodeShareFragment(shared);

describe("readInitialState", () => {
  it.each(["", "#", "#theme=dark", "#/anything"])("opens the fallback for %j", (hash) => {
    expect(readInitialState(fallback, { hash })).toStrictEqual({ source: "default", code: fallback.code, lesson: "strings" });
  });

  it("opens a valid share link", () => {
    expect(readInitialState(fallback, { hash: link })).toStrictEqual({ source: "link", state: shared });
  });

  it("lets a valid share link win over a lesson link beside it", () => {
    expect(readInitialState(fallback, { hash: `${link}&lesson=headers` })).toStrictEqual({ source: "link", state: shared });
    expect(readInitialState(fallback, { hash: `#lesson=headers&${link.slice(1)}` })).toStrictEqual({ source: "link", state: shared });
  });

  it("opens the free playground from a link that says so, whatever the fallback lesson", () => {
    const free = { ...shared, lesson: null };
    expect(readInitialState(fallback, { hash: encodeShareFragment(free) })).toStrictEqual({ source: "link", state: free });
  });

  it("opens a lesson deep link with the fallback code", () => {
    expect(readInitialState(fallback, { hash: "#lesson=headers" })).toStrictEqual({ source: "default", code: fallback.code, lesson: "headers" });
    expect(readInitialState({ code: "", lesson: null }, { hash: "#lesson=json" })).toStrictEqual({ source: "default", code: "", lesson: "json" });
  });

  it("opens the fallback with the reason when the share link is cut off", () => {
    expect(readInitialState(fallback, { hash: link.slice(0, link.length - 40) })).toStrictEqual({
      source: "default",
      code: fallback.code,
      lesson: "strings",
      error: CORRUPT_MESSAGE,
    });
  });

  it("keeps a valid lesson beside a broken share link", () => {
    expect(readInitialState(fallback, { hash: "#share=1.garbage&lesson=cookies" })).toStrictEqual({
      source: "default",
      code: fallback.code,
      lesson: "cookies",
      error: CORRUPT_MESSAGE,
    });
  });

  it("says when a link comes from a newer playground", () => {
    const result = readInitialState(fallback, { hash: "#share=2.N4Ig" });
    expect(result).toMatchObject({ source: "default", code: fallback.code, lesson: "strings" });
    expect(result.source === "default" && result.error).toContain("made by a newer version of the playground");
  });

  it("says what is wrong with a share link that reads but isn't a playground", () => {
    // {"m": ""}: a request without a method.
    const result = readInitialState(fallback, { hash: "#share=1.N4IgtiBcIgvkA" });
    expect(result).toStrictEqual({ source: "default", code: fallback.code, lesson: "strings", error: "This link's request has no method." });
  });

  it.each(["Headers", "../secrets", "", "a".repeat(65), "<script>"])("refuses the lesson name %j and keeps the fallback lesson", (name) => {
    const result = readInitialState(fallback, { hash: `#lesson=${name}` });
    expect(result).toMatchObject({ source: "default", code: fallback.code, lesson: "strings" });
    expect(result.source === "default" && result.error).toMatch(/^This link's lesson name ".*" isn't valid, so the playground opened without it\.$/);
  });

  it("reports both problems when both parts are broken", () => {
    const result = readInitialState(fallback, { hash: "#share=1.x&lesson=Nope" });
    expect(result.source === "default" && result.error).toBe(
      `${CORRUPT_MESSAGE} This link's lesson name "Nope" isn't valid, so the playground opened without it.`,
    );
  });

  it("never throws, whatever the fragment", () => {
    fc.assert(
      fc.property(fc.constantFrom("", "#", "#share=1.", "#lesson=", `${link}&`), fc.string({ unit: "binary" }), (head, tail) => {
        const result = readInitialState(fallback, { hash: head + tail });
        expect(["link", "default"]).toContain(result.source);
      }),
      { numRuns: 500 },
    );
  });
});
