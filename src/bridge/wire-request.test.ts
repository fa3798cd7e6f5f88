import { describe, expect, it } from "vitest";
import { EXCHANGE_HEADER } from "./virtual-server";
import { buildFromDraft, buildFromFetchRequest, contentLengthFor, wireFromDraft, wireFromFetchRequest } from "./wire-request";

const root = "http://127.0.0.1:4173/flask/";

describe("WireRequest from a fetch Request (the msw path)", () => {
  it("strips the prefix and the playground's own header, adds Host first, keeps the body", async () => {
    const request = new Request(`${root}items/7?x=1&y=%20`, {
      method: "PUT",
      headers: { "Content-Type": "application/json", [EXCHANGE_HEADER]: "abc", "X-Custom": "v" },
      body: '{"a":1}',
    });
    const wire = await wireFromFetchRequest(request, root);
    expect(wire).toMatchObject({
      method: "PUT",
      path: "/items/7",
      query: "x=1&y=%20",
      scheme: "http",
      serverName: "127.0.0.1",
      serverPort: 4173,
    });
    expect(wire.headers.slice(0, 3)).toEqual([
      ["Host", "127.0.0.1:4173"],
      ["Connection", "keep-alive"],
      ["Content-Length", "7"],
    ]);
    expect(wire.headers.map(([n]) => n)).not.toContain(EXCHANGE_HEADER);
    expect(wire.headers).toContainEqual(["x-custom", "v"]);
    expect(new TextDecoder().decode(wire.body!)).toBe('{"a":1}');
  });

  it("gives GET and HEAD no body", async () => {
    const wire = await wireFromFetchRequest(new Request(`${root}`, { method: "HEAD" }), root);
    expect(wire.body).toBeNull();
    expect(wire.path).toBe("/");
  });
});

describe("WireRequest from a fetch Request: what a browser adds", () => {
  it("adds Chromium's headers after the page's own, each marked as added; Origin only for methods with a body", async () => {
    const post = await buildFromFetchRequest(new Request(`${root}x`, { method: "POST", body: "a", headers: { "X-Mine": "1" } }), root, () => "sid=1");
    const names = post.wire.headers.map(([name]) => name);
    expect(names).toEqual([
      "Host",
      "Connection",
      "Content-Length",
      "content-type",
      "x-mine",
      "User-Agent",
      "Accept",
      "Origin",
      "Sec-Fetch-Site",
      "Sec-Fetch-Mode",
      "Sec-Fetch-Dest",
      "Accept-Encoding",
      "Accept-Language",
      "Cookie",
    ]);
    expect(post.sources.filter((source) => source === "sent")).toHaveLength(2);
    expect(post.wire.headers).toContainEqual(["Origin", "http://127.0.0.1:4173"]);
    expect(post.wire.headers).toContainEqual(["Cookie", "sid=1"]);
    const get = await buildFromFetchRequest(new Request(`${root}x`), root);
    expect(get.wire.headers.map(([name]) => name)).not.toContain("Origin");
  });

  it("sends no body and no Content-Length for a DELETE or OPTIONS without one, Content-Length: 0 for a POST", async () => {
    for (const method of ["DELETE", "OPTIONS", "PATCH"]) {
      const { wire } = await buildFromFetchRequest(new Request(`${root}x`, { method }), root);
      expect(wire.body, method).toBeNull();
      expect(
        wire.headers.map(([name]) => name),
        method,
      ).not.toContain("Content-Length");
    }
    const { wire } = await buildFromFetchRequest(new Request(`${root}x`, { method: "POST" }), root);
    expect(wire.headers).toContainEqual(["Content-Length", "0"]);
  });
});

describe("WireRequest from the builder's draft", () => {
  it("keeps the learner's headers in their order and case, forbidden ones included", () => {
    const typed: [string, string][] = [
      ["Origin", "https://shop.example"],
      ["access-control-request-method", "PUT"],
      ["X-B", "2"],
      ["Referer", "https://shop.example/cart"],
      ["Cookie", "theme=dark"],
      ["x-a", " 1 "],
    ];
    const built = buildFromDraft({ method: "OPTIONS", path: "/items", headers: typed, body: null }, "http://localhost:5173/", () => "sid=jar");
    expect(built.wire.headers).toEqual([
      ["Host", "localhost:5173"],
      ["Origin", "https://shop.example"],
      ["access-control-request-method", "PUT"],
      ["X-B", "2"],
      ["Referer", "https://shop.example/cart"],
      ["Cookie", "theme=dark"],
      ["x-a", "1"],
    ]);
    expect(built.sources).toEqual(["added", "sent", "sent", "sent", "sent", "sent", "sent"]);
    expect(built.wire.body).toBeNull();
  });

  it("adds Content-Length for the body (replacing a typed one), a typed Host replaces the default, the jar's cookie when none is typed", () => {
    const built = buildFromDraft(
      {
        method: "PUT",
        path: "/",
        headers: [
          ["Content-Length", "99"],
          ["host", "api.test"],
          ["Content-Type", "text/plain"],
        ],
        body: new Uint8Array(3),
      },
      "http://localhost/",
      () => "sid=jar",
    );
    expect(built.wire.headers).toEqual([
      ["host", "api.test"],
      ["Content-Type", "text/plain"],
      ["Content-Length", "3"],
      ["Cookie", "sid=jar"],
    ]);
    expect(built.sources).toEqual(["sent", "sent", "added", "added"]);
  });

  it("gives the wire its own copy of the body (it is transferred to the worker; a 307 sends the draft again)", () => {
    const body = new Uint8Array([1, 2, 3]);
    const { wire } = buildFromDraft({ method: "POST", path: "/", headers: [], body }, "http://localhost/");
    structuredClone(wire.body, { transfer: [wire.body!.buffer] });
    expect(body).toEqual(new Uint8Array([1, 2, 3]));
  });

  it("follows the Fetch standard's Content-Length: none without a body except 0 for POST and PUT", () => {
    expect(contentLengthFor("DELETE", null)).toBeNull();
    expect(contentLengthFor("PATCH", null)).toBeNull();
    expect(contentLengthFor("POST", null)).toBe("0");
    expect(contentLengthFor("PUT", null)).toBe("0");
    expect(contentLengthFor("DELETE", new Uint8Array(0))).toBe("0");
  });

  it("gives the same request whichever path carries it", () => {
    const wire = wireFromDraft(
      { method: "post", path: "/search?q=a b", headers: [["Accept", "*/*"]], body: new Uint8Array([1, 2]) },
      "https://play.example/app/",
    );
    expect(wire).toEqual({
      method: "POST",
      path: "/search",
      query: "q=a%20b",
      headers: [
        ["Host", "play.example"],
        ["Accept", "*/*"],
        ["Content-Length", "2"],
      ],
      body: new Uint8Array([1, 2]),
      scheme: "https",
      serverName: "play.example",
      serverPort: 443,
    });
  });

  it("sends an empty body with Content-Length: 0, not none, for a POST without one", () => {
    const wire = wireFromDraft({ method: "POST", path: "/", headers: [], body: null }, "http://localhost/");
    expect(wire.body).toEqual(new Uint8Array());
    expect(wire.headers).toContainEqual(["Content-Length", "0"]);
  });
});
