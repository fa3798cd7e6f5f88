import { describe, expect, it } from "vitest";
import { type BodyDraft, encodeBody, validateJson } from "./body-encoding";

const decode = (bytes: Uint8Array | null) => (bytes === null ? null : new TextDecoder().decode(bytes));
const draft = (partial: Partial<BodyDraft>): BodyDraft => ({ kind: "none", text: "", fields: [], ...partial });
const FIELDS = [
  { name: "name", value: "Ada Lovelace", enabled: true },
  { name: "skip", value: "me", enabled: false },
  { name: "", value: "", enabled: true },
  { name: "city", value: "Zürich & co=1+1", enabled: true },
];

describe("encodeBody", () => {
  it("sends nothing for none, whatever the draft holds", () => {
    expect(encodeBody(draft({ kind: "none", text: "ignored", fields: FIELDS }), "b")).toEqual({ bytes: null, contentType: null });
  });

  it("sends JSON text as UTF-8 without validating it", () => {
    const json = encodeBody(draft({ kind: "json", text: '{"name": "Zoë"}' }), "b");
    expect(json.contentType).toBe("application/json");
    expect(Array.from(json.bytes ?? [])).toEqual(Array.from(new TextEncoder().encode('{"name": "Zoë"}')));
    expect(json.bytes?.byteLength).toBe(16); // ë is two bytes
    expect(decode(encodeBody(draft({ kind: "json", text: "{oops" }), "b").bytes)).toBe("{oops");
  });

  it("sends plain text as UTF-8", () => {
    expect(encodeBody(draft({ kind: "text", text: "line 1\nline 2 ✓" }), "b")).toEqual({
      bytes: new TextEncoder().encode("line 1\nline 2 ✓"),
      contentType: "text/plain; charset=utf-8",
    });
  });

  it("URL-encodes enabled, named form fields with + for spaces", () => {
    const form = encodeBody(draft({ kind: "form", fields: FIELDS }), "b");
    expect(form.contentType).toBe("application/x-www-form-urlencoded");
    expect(decode(form.bytes)).toBe("name=Ada+Lovelace&city=Z%C3%BCrich+%26+co%3D1%2B1");
    expect(decode(encodeBody(draft({ kind: "form", fields: [] }), "b").bytes)).toBe("");
  });

  it("writes RFC 7578 multipart with CRLF line ends", () => {
    const boundary = "----PlaygroundBoundary7MA4YWxkTrZu0gW";
    const multipart = encodeBody(draft({ kind: "multipart", fields: FIELDS }), boundary);
    expect(multipart.contentType).toBe(`multipart/form-data; boundary=${boundary}`);
    expect(decode(multipart.bytes)).toBe(
      `--${boundary}\r\n` +
        'Content-Disposition: form-data; name="name"\r\n' +
        "\r\n" +
        "Ada Lovelace\r\n" +
        `--${boundary}\r\n` +
        'Content-Disposition: form-data; name="city"\r\n' +
        "\r\n" +
        "Zürich & co=1+1\r\n" +
        `--${boundary}--\r\n`,
    );
  });

  it("produces multipart a real parser reads back", async () => {
    const fields = [
      { name: 'say "hi"', value: "multi\nline\r\ntext", enabled: true },
      { name: "emoji", value: "🚀", enabled: true },
    ];
    const { bytes, contentType } = encodeBody(draft({ kind: "multipart", fields }), "xYz123");
    const parsed = await new Response(new Uint8Array(bytes ?? []), { headers: { "Content-Type": contentType ?? "" } }).formData();
    expect([...parsed.entries()]).toEqual([
      ['say "hi"', "multi\r\nline\r\ntext"], // the WHATWG parser turns %22 back into a quote
      ["emoji", "🚀"],
    ]);
  });

  it("escapes quotes and line breaks in names like browsers do", () => {
    const text = decode(encodeBody(draft({ kind: "multipart", fields: [{ name: 'a"b\nc', value: "v", enabled: true }] }), "B").bytes);
    expect(text).toBe('--B\r\nContent-Disposition: form-data; name="a%22b%0D%0Ac"\r\n\r\nv\r\n--B--\r\n');
  });

  it("sends only the closing delimiter for an empty multipart body", () => {
    expect(decode(encodeBody(draft({ kind: "multipart" }), "B").bytes)).toBe("--B--\r\n");
  });

  it("quotes a boundary that needs it and rejects invalid ones", () => {
    expect(encodeBody(draft({ kind: "multipart" }), "a:b=c").contentType).toBe('multipart/form-data; boundary="a:b=c"');
    expect(() => encodeBody(draft({ kind: "multipart" }), "")).toThrow(RangeError);
    expect(() => encodeBody(draft({ kind: "multipart" }), "ends with space ")).toThrow(RangeError);
    expect(() => encodeBody(draft({ kind: "multipart" }), "x".repeat(71))).toThrow(RangeError);
    expect(() => encodeBody(draft({ kind: "multipart" }), "semi;colon")).toThrow(RangeError);
  });
});

describe("validateJson", () => {
  it("accepts any JSON value", () => {
    expect(validateJson('{"a": [1, 2.5, null, true, "ü"]}')).toBeNull();
    expect(validateJson("  42  ")).toBeNull();
    expect(validateJson('"text"')).toBeNull();
  });

  it("explains what is wrong", () => {
    expect(validateJson("")).toBe("The body is empty; a JSON body needs a value such as {} or [].");
    expect(validateJson("  \n")).toBe("The body is empty; a JSON body needs a value such as {} or [].");
    for (const bad of ["{'a': 1}", '{"a": 1,}', "{a: 1}", "[1, 2", "True"]) {
      const message = validateJson(bad);
      expect(message, bad).toEqual(expect.any(String));
      expect(message, bad).toMatch(/JSON|Unexpected|Expected/);
    }
  });
});
