import { describe, expect, it } from "vitest";
import type { Header } from "../runtime/protocol";
import { bodyForDiff, diffBodies, diffHeaders } from "./exchange-diff";

describe("diffHeaders", () => {
  it("marks same, changed, removed and added rows, left order first", () => {
    const left: Header[] = [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "17"],
      ["X-Lesson", "tuples"],
    ];
    const right: Header[] = [
      ["Content-Type", "application/json"],
      ["Location", "/items/7"],
      ["Content-Length", "17"],
    ];
    expect(diffHeaders(left, right)).toEqual([
      { name: "Content-Type", left: "text/html; charset=utf-8", right: "application/json", change: "changed" },
      { name: "Content-Length", left: "17", right: "17", change: "same" },
      { name: "X-Lesson", left: "tuples", right: null, change: "removed" },
      { name: "Location", left: null, right: "/items/7", change: "added" },
    ]);
  });

  it("compares repeated headers pairwise by occurrence", () => {
    const left: Header[] = [
      ["Set-Cookie", "theme=dark; Path=/"],
      ["Set-Cookie", "session_hint=abc; HttpOnly; Path=/; SameSite=Lax"],
    ];
    const right: Header[] = [
      ["Set-Cookie", "theme=dark; Path=/"],
      ["Set-Cookie", "session_hint=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/"],
      ["Set-Cookie", "b=2; HttpOnly; Path=/; SameSite=Lax"],
    ];
    expect(diffHeaders(left, right)).toEqual([
      { name: "Set-Cookie", left: "theme=dark; Path=/", right: "theme=dark; Path=/", change: "same" },
      {
        name: "Set-Cookie",
        left: "session_hint=abc; HttpOnly; Path=/; SameSite=Lax",
        right: "session_hint=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/",
        change: "changed",
      },
      { name: "Set-Cookie", left: null, right: "b=2; HttpOnly; Path=/; SameSite=Lax", change: "added" },
    ]);
  });

  it("matches names case-insensitively and keeps the left spelling", () => {
    expect(diffHeaders([["content-type", "a"]], [["Content-Type", "a"]])).toEqual([{ name: "content-type", left: "a", right: "a", change: "same" }]);
  });

  it("handles empty sides", () => {
    expect(diffHeaders([], [])).toEqual([]);
    expect(diffHeaders([["A", "1"]], [])).toEqual([{ name: "A", left: "1", right: null, change: "removed" }]);
    expect(
      diffHeaders(
        [],
        [
          ["B", "2"],
          ["B", "3"],
        ],
      ),
    ).toEqual([
      { name: "B", left: null, right: "2", change: "added" },
      { name: "B", left: null, right: "3", change: "added" },
    ]);
  });

  it("compares values exactly", () => {
    expect(diffHeaders([["X", "a "]], [["X", "a"]])[0].change).toBe("changed");
  });
});

describe("diffBodies", () => {
  it("gives runs of same, removed and added lines", () => {
    expect(diffBodies('{\n  "id": 1,\n  "name": "Ada"\n}\n', '{\n  "id": 1,\n  "name": "Grace"\n}\n')).toEqual([
      { kind: "same", text: '{\n  "id": 1,\n' },
      { kind: "removed", text: '  "name": "Ada"\n' },
      { kind: "added", text: '  "name": "Grace"\n' },
      { kind: "same", text: "}\n" },
    ]);
  });

  it("gives one same part for equal bodies and nothing for two empty ones", () => {
    expect(diffBodies("Hello from Flask!", "Hello from Flask!")).toEqual([{ kind: "same", text: "Hello from Flask!" }]);
    expect(diffBodies("", "")).toEqual([]);
  });

  it("shows a body that appeared or disappeared", () => {
    expect(diffBodies("", "made it\n")).toEqual([{ kind: "added", text: "made it\n" }]);
    expect(diffBodies("gone\n", "")).toEqual([{ kind: "removed", text: "gone\n" }]);
  });
});

describe("bodyForDiff", () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  it("pretty-prints compact JSON, so one changed value is one changed line", () => {
    const a = bodyForDiff(bytes('{"id":1,"name":"Ada","tags":["x"]}\n'));
    const b = bodyForDiff(bytes('{"id":1,"name":"Grace","tags":["x"]}\n'));
    expect(a).toEqual({ text: '{\n  "id": 1,\n  "name": "Ada",\n  "tags": [\n    "x"\n  ]\n}\n', pretty: true });
    expect(diffBodies(a.text, b.text).filter((part) => part.kind !== "same")).toEqual([
      { kind: "removed", text: '  "name": "Ada",\n' },
      { kind: "added", text: '  "name": "Grace",\n' },
    ]);
  });
  it("leaves other text as it is and shows binary as a hex dump", () => {
    expect(bodyForDiff(bytes("<p>{not json}</p>"))).toEqual({ text: "<p>{not json}</p>", pretty: false });
    expect(bodyForDiff(bytes("42"))).toEqual({ text: "42", pretty: false });
    expect(bodyForDiff(new Uint8Array([0xff, 0x00])).pretty).toBe(false);
    expect(bodyForDiff(new Uint8Array([0xff, 0x00])).text).toMatch(/^0{8}/);
  });
});
