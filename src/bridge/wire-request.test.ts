import { describe, expect, it } from "vitest";
import { EXCHANGE_HEADER } from "./virtual-server";
import { wireFromDraft, wireFromFetchRequest } from "./wire-request";

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
    expect(wire.headers[0]).toEqual(["Host", "127.0.0.1:4173"]);
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

describe("WireRequest from the builder's draft (the direct path)", () => {
  it("matches what the msw path gives for the same request", () => {
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
      ],
      body: new Uint8Array([1, 2]),
      scheme: "https",
      serverName: "play.example",
      serverPort: 443,
    });
  });

  it("sends an empty body, not none, for a POST without one", () => {
    const wire = wireFromDraft({ method: "POST", path: "/", headers: [], body: null }, "http://localhost/");
    expect(wire.body).toEqual(new Uint8Array());
  });
});
