import { describe, expect, it } from "vitest";
import { binaryPlaceholder, toRawHttp } from "./raw-http";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("toRawHttp", () => {
  it("writes status line, headers in order, blank line and a text body with CRLF", () => {
    const raw = toRawHttp(
      {
        status: 200,
        reason: "OK",
        headers: [
          ["Content-Type", "text/html; charset=utf-8"],
          ["Content-Length", "17"],
          ["Set-Cookie", "theme=dark; Path=/"],
          ["Set-Cookie", "session_hint=abc; HttpOnly; Path=/; SameSite=Lax"],
        ],
      },
      utf8("Hello from Flask!"),
    );
    expect(raw).toBe(
      "HTTP/1.1 200 OK\r\n" +
        "Content-Type: text/html; charset=utf-8\r\n" +
        "Content-Length: 17\r\n" +
        "Set-Cookie: theme=dark; Path=/\r\n" +
        "Set-Cookie: session_hint=abc; HttpOnly; Path=/; SameSite=Lax\r\n" +
        "\r\n" +
        "Hello from Flask!",
    );
  });

  it("keeps the reason the app chose and an empty body", () => {
    expect(toRawHttp({ status: 204, reason: "NO CONTENT", headers: [] }, new Uint8Array())).toBe("HTTP/1.1 204 NO CONTENT\r\n\r\n");
    expect(toRawHttp({ status: 299, reason: "", headers: [["X-A", "1"]] }, new Uint8Array())).toBe("HTTP/1.1 299 \r\nX-A: 1\r\n\r\n");
  });

  it("shows UTF-8 text with newlines, tabs and non-ASCII as text", () => {
    const body = '{\n\t"city": "Zürich",\r\n "emoji": "🚀"\n}\n';
    expect(toRawHttp({ status: 200, reason: "OK", headers: [] }, utf8(body))).toBe(`HTTP/1.1 200 OK\r\n\r\n${body}`);
  });

  it("replaces binary bodies with a placeholder", () => {
    const png = new Uint8Array(256);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(toRawHttp({ status: 200, reason: "OK", headers: [["Content-Type", "image/png"]] }, png)).toBe(
      "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n[256 bytes of binary data]",
    );
    // Invalid UTF-8 (a lone continuation byte) and control characters both count as binary.
    expect(toRawHttp({ status: 200, reason: "OK", headers: [] }, new Uint8Array([0x61, 0x80]))).toBe(
      "HTTP/1.1 200 OK\r\n\r\n[2 bytes of binary data]",
    );
    expect(toRawHttp({ status: 200, reason: "OK", headers: [] }, new Uint8Array([0x00]))).toBe("HTTP/1.1 200 OK\r\n\r\n[1 byte of binary data]");
  });

  it("pluralises the placeholder", () => {
    expect(binaryPlaceholder(0)).toBe("[0 bytes of binary data]");
    expect(binaryPlaceholder(1)).toBe("[1 byte of binary data]");
  });
});
