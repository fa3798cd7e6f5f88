import { describe, expect, it } from "vitest";
import { explainHeader, HEADER_DOCS } from "./header-docs";

const REQUIRED = [
  "Content-Type",
  "Content-Length",
  "Content-Disposition",
  "Content-Encoding",
  "Location",
  "Set-Cookie",
  "Cache-Control",
  "Expires",
  "ETag",
  "Last-Modified",
  "Vary",
  "Allow",
  "WWW-Authenticate",
  "Retry-After",
  "Access-Control-Allow-Origin",
  "Content-Security-Policy",
  "X-Content-Type-Options",
  "X-Frame-Options",
  "Strict-Transport-Security",
  "Referrer-Policy",
  "Permissions-Policy",
  "Cross-Origin-Opener-Policy",
  "Cross-Origin-Resource-Policy",
  "Transfer-Encoding",
  "Connection",
  "Date",
  "Server",
];

describe("explainHeader", () => {
  it("explains every header the inspector commonly shows", () => {
    for (const name of REQUIRED) {
      const text = explainHeader(name);
      expect(text, name).toBe(HEADER_DOCS[name.toLowerCase()]);
      expect(text?.length ?? 0, name).toBeGreaterThan(40);
    }
  });

  it("ignores case and surrounding whitespace", () => {
    const expected = HEADER_DOCS["content-type"];
    expect(explainHeader("content-type")).toBe(expected);
    expect(explainHeader("CONTENT-TYPE")).toBe(expected);
    expect(explainHeader(" Content-Type ")).toBe(expected);
  });

  it("returns null for headers it does not know", () => {
    expect(explainHeader("X-Lesson")).toBeNull();
    expect(explainHeader("")).toBeNull();
    expect(explainHeader("constructor")).toBeNull();
    expect(explainHeader("__proto__")).toBeNull();
  });

  it("names the Flask way where there is one", () => {
    expect(explainHeader("Location")).toMatch(/redirect\(\) and url_for\(\) set it/);
    expect(explainHeader("Set-Cookie")).toMatch(/response\.set_cookie\(\)/);
    expect(explainHeader("Content-Disposition")).toMatch(/as_attachment=True/);
    expect(explainHeader("WWW-Authenticate")).toMatch(/401/);
  });

  it("keys the table by lower-case names only", () => {
    for (const key of Object.keys(HEADER_DOCS)) expect(key).toBe(key.toLowerCase());
  });
});
