import { describe, expect, it } from "vitest";
import { bodyPreview, sentAt, statusText } from "./history-row";

const bytes = (text: string) => ({ at: 0, bytes: new TextEncoder().encode(text) });
const head = { status: 200, reason: "OK", headers: [] as [string, string][] };

describe("a history row", () => {
  it("says when the request was sent, on the wall clock", () => {
    const origin = new Date(2026, 10, 30, 14, 3, 0).getTime();
    expect(sentAt({ startedAt: 7_250 }, origin)).toBe("14:03:07");
  });
  it("shows the status line, or that it failed or is waiting", () => {
    expect(statusText({ head: { ...head, status: 404, reason: "NOT FOUND" } })).toBe("404 NOT FOUND");
    expect(statusText({ error: "No app is loaded" })).toBe("failed");
    expect(statusText({})).toBe("…");
  });
  it("previews the body on one line, cut, so repeated requests with different answers differ", () => {
    expect(bodyPreview({ head, chunks: [bytes('{\n  "count": 1\n}\n')] })).toBe('{ "count": 1 }');
    expect(bodyPreview({ head, chunks: [bytes("x".repeat(50))] })).toBe(`${"x".repeat(40)}…`);
    expect(bodyPreview({ head, chunks: [] })).toBe("(empty)");
    expect(bodyPreview({ head, chunks: [{ at: 0, bytes: new Uint8Array([0xff, 0xd8, 0xff]) }] })).toBe("3 bytes, binary");
    expect(bodyPreview({ chunks: [], error: "No app is loaded yet" })).toBe("No app is loaded yet");
  });
});
