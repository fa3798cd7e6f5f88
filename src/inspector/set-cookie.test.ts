import { describe, expect, it } from "vitest";
import { parseCookieDate, parseSetCookie } from "./set-cookie";

describe("parseSetCookie", () => {
  it("reads werkzeug's delete_cookie output", () => {
    expect(parseSetCookie("session=abc; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/")).toEqual({
      name: "session",
      value: "abc",
      expires: "Thu, 01 Jan 1970 00:00:00 GMT",
      maxAge: 0,
      path: "/",
      secure: false,
      httpOnly: false,
      partitioned: false,
      attributes: [
        { name: "Expires", value: "Thu, 01 Jan 1970 00:00:00 GMT" },
        { name: "Max-Age", value: "0" },
        { name: "Path", value: "/" },
      ],
    });
  });

  it("reads flags and SameSite as werkzeug writes them", () => {
    const cookie = parseSetCookie("b=2; HttpOnly; Path=/; SameSite=Lax");
    expect(cookie).toMatchObject({ name: "b", value: "2", httpOnly: true, secure: false, path: "/", sameSite: "Lax" });
    expect(cookie.attributes).toEqual([
      { name: "HttpOnly", value: null },
      { name: "Path", value: "/" },
      { name: "SameSite", value: "Lax" },
    ]);
  });

  it("reads every werkzeug attribute in its order", () => {
    const cookie = parseSetCookie(
      "__Host-id=42; Domain=.Example.COM; Expires=Wed, 21 Oct 2026 07:28:00 GMT; Max-Age=3600; Secure; HttpOnly; Path=/; SameSite=None; Partitioned",
    );
    expect(cookie).toMatchObject({
      name: "__Host-id",
      value: "42",
      domain: "example.com",
      expires: "Wed, 21 Oct 2026 07:28:00 GMT",
      maxAge: 3600,
      secure: true,
      httpOnly: true,
      path: "/",
      sameSite: "None",
      partitioned: true,
    });
    expect(cookie.attributes.map((a) => a.name)).toEqual(["Domain", "Expires", "Max-Age", "Secure", "HttpOnly", "Path", "SameSite", "Partitioned"]);
  });

  it("matches attribute names case-insensitively and trims whitespace", () => {
    const cookie = parseSetCookie("  theme =  dark ;  path = /app ;secure;HTTPONLY; samesite=strict; max-age = 60");
    expect(cookie).toMatchObject({ name: "theme", value: "dark", path: "/app", secure: true, httpOnly: true, sameSite: "Strict", maxAge: 60 });
    expect(cookie.attributes[0]).toEqual({ name: "path", value: "/app" });
  });

  it("splits name and value at the first '=' only and keeps quoted values as-is", () => {
    expect(parseSetCookie("token=a=b==; Path=/")).toMatchObject({ name: "token", value: "a=b==" });
    expect(parseSetCookie('msg="hello\\054 world"; Path=/')).toMatchObject({ name: "msg", value: '"hello\\054 world"' });
  });

  it("treats a pair without '=' as a nameless cookie and allows an empty value", () => {
    expect(parseSetCookie("justavalue; Path=/")).toMatchObject({ name: "", value: "justavalue", path: "/" });
    expect(parseSetCookie("empty=")).toMatchObject({ name: "empty", value: "", attributes: [] });
  });

  it("lets the last occurrence of an attribute win", () => {
    expect(parseSetCookie("a=1; Max-Age=10; Max-Age=20; Path=/x; Path=/y").maxAge).toBe(20);
    expect(parseSetCookie("a=1; Path=/x; Path=/y").path).toBe("/y");
    expect(parseSetCookie("a=1; Path=/x; Path=relative").path).toBeUndefined();
    expect(parseSetCookie("a=1; SameSite=Lax; SameSite=bogus").sameSite).toBeUndefined();
  });

  it("ignores attribute values a browser ignores but lists them as written", () => {
    const cookie = parseSetCookie("a=1; Max-Age=1.5; Max-Age=abc; Expires=tomorrow; Domain=; Path=app; SameSite=Sometimes; Fancy=yes");
    expect(cookie.maxAge).toBeUndefined();
    expect(cookie.expires).toBeUndefined();
    expect(cookie.domain).toBeUndefined();
    expect(cookie.path).toBeUndefined();
    expect(cookie.sameSite).toBeUndefined();
    expect(cookie.attributes).toHaveLength(7);
    expect(cookie.attributes[6]).toEqual({ name: "Fancy", value: "yes" });
  });

  it("accepts negative Max-Age and normalises -0", () => {
    expect(parseSetCookie("a=1; Max-Age=-5").maxAge).toBe(-5);
    expect(Object.is(parseSetCookie("a=1; Max-Age=-0").maxAge, 0)).toBe(true);
  });

  it("skips empty segments", () => {
    expect(parseSetCookie("a=1; ; Path=/;").attributes).toEqual([{ name: "Path", value: "/" }]);
  });
});

describe("parseCookieDate", () => {
  it("parses the IMF-fixdate werkzeug sends", () => {
    expect(parseCookieDate("Thu, 01 Jan 1970 00:00:00 GMT")).toBe(0);
    expect(parseCookieDate("Wed, 21 Oct 2026 07:28:00 GMT")).toBe(Date.UTC(2026, 9, 21, 7, 28, 0));
  });

  it("parses the older formats browsers still accept", () => {
    expect(parseCookieDate("Thursday, 01-Jan-70 00:00:01 GMT")).toBe(1000);
    expect(parseCookieDate("Sun Nov  6 08:49:37 1994")).toBe(Date.UTC(1994, 10, 6, 8, 49, 37));
    expect(parseCookieDate("01 jan 2030 12:00:00")).toBe(Date.UTC(2030, 0, 1, 12));
    expect(parseCookieDate("1 January 15 00:00:00")).toBe(Date.UTC(2015, 0, 1));
  });

  it("rejects incomplete and impossible dates", () => {
    expect(parseCookieDate("tomorrow")).toBeNull();
    expect(parseCookieDate("01 Jan 1970")).toBeNull();
    expect(parseCookieDate("30 Feb 2030 00:00:00")).toBeNull();
    expect(parseCookieDate("01 Jan 1600 00:00:00")).toBeNull();
    expect(parseCookieDate("01 Jan 2030 24:00:00")).toBeNull();
    expect(parseCookieDate("32 Jan 2030 00:00:00")).toBeNull();
  });
});
