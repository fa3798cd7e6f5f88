import { describe, expect, it } from "vitest";
import { decodeText, hexDump, isJsonType, joinChunks, mediaType, prettyJson } from "./body-text";

describe("body-text", () => {
  it("joins chunks in order", () => {
    const body = joinChunks([{ bytes: new Uint8Array([1, 2]) }, { bytes: new Uint8Array([]) }, { bytes: new Uint8Array([3]) }]);
    expect(Array.from(body)).toEqual([1, 2, 3]);
  });

  it("reads media types and JSON types", () => {
    expect(mediaType("Text/HTML; charset=utf-8")).toBe("text/html");
    expect(isJsonType("application/json")).toBe(true);
    expect(isJsonType("application/problem+json; charset=utf-8")).toBe(true);
    expect(isJsonType("text/html; charset=utf-8")).toBe(false);
  });

  it("decodes UTF-8 text and refuses binary", () => {
    expect(decodeText(new TextEncoder().encode("café\n"))).toBe("café\n");
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x00]))).toBeNull();
    expect(decodeText(new Uint8Array([0x00, 0x01, 0x02]))).toBeNull();
  });

  it("pretty-prints JSON and leaves other text alone", () => {
    expect(prettyJson('{"a":[1,2]}')).toBe('{\n  "a": [\n    1,\n    2\n  ]\n}');
    expect(prettyJson("<p>hi</p>")).toBeNull();
  });

  it("dumps bytes as hex with offsets and printable ASCII", () => {
    expect(hexDump(new Uint8Array([0x48, 0x69, 0x00, 0xff]))).toBe(`00000000  48 69 00 ff${" ".repeat(36)}  Hi..`);
  });
});
