import { describe, expect, it } from "vitest";
import { applySetCookies, cookieHeaderFor, defaultPath, MAX_COOKIE_LIFETIME_MS, pathMatches, pruneExpired, type StoredCookie } from "./cookie-jar";

const T0 = Date.UTC(2026, 0, 15, 12, 0, 0);

describe("defaultPath", () => {
  it("is the directory of the request path", () => {
    expect(defaultPath("/")).toBe("/");
    expect(defaultPath("/login")).toBe("/");
    expect(defaultPath("/account/login")).toBe("/account");
    expect(defaultPath("/account/settings/")).toBe("/account/settings");
    expect(defaultPath("/a/b/c?next=/x/y")).toBe("/a/b");
    expect(defaultPath("")).toBe("/");
    expect(defaultPath("relative/path")).toBe("/");
  });
});

describe("pathMatches", () => {
  it("follows RFC 6265 5.1.4", () => {
    expect(pathMatches("/docs", "/docs")).toBe(true);
    expect(pathMatches("/docs/page", "/docs")).toBe(true);
    expect(pathMatches("/docs/page", "/docs/")).toBe(true);
    expect(pathMatches("/docsearch", "/docs")).toBe(false);
    expect(pathMatches("/doc", "/docs")).toBe(false);
    expect(pathMatches("/anything", "/")).toBe(true);
    expect(pathMatches("/docs?x=1", "/docs")).toBe(true);
  });
});

describe("applySetCookies", () => {
  it("stores werkzeug cookies with their flags", () => {
    const jar = applySetCookies([], ["theme=dark; Path=/", "session_hint=abc; HttpOnly; Path=/; SameSite=Lax"], "/cookies", T0);
    expect(jar).toEqual([
      { name: "theme", value: "dark", path: "/", expiresAt: null, httpOnly: false, secure: false, createdAt: T0 },
      { name: "session_hint", value: "abc", path: "/", expiresAt: null, httpOnly: true, secure: false, sameSite: "Lax", createdAt: T0 },
    ]);
  });

  it("uses the default path when Path is missing or not absolute", () => {
    const jar = applySetCookies([], ["a=1", "b=2; Path=relative"], "/account/login", T0);
    expect(jar.map((c) => c.path)).toEqual(["/account", "/account"]);
  });

  it("turns Max-Age into an expiry and lets it win over Expires", () => {
    const jar = applySetCookies([], ["a=1; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=3600; Path=/"], "/", T0);
    expect(jar[0].expiresAt).toBe(T0 + 3_600_000);
  });

  it("uses Expires when there is no Max-Age", () => {
    const jar = applySetCookies([], ["a=1; Expires=Fri, 16 Jan 2026 12:00:00 GMT; Path=/"], "/", T0);
    expect(jar[0].expiresAt).toBe(T0 + 24 * 3_600_000);
  });

  it("caps lifetimes at 400 days like current browsers", () => {
    const jar = applySetCookies([], ["a=1; Max-Age=999999999; Path=/", "b=2; Expires=Fri, 01 Jan 2100 00:00:00 GMT; Path=/"], "/", T0);
    expect(jar.map((c) => c.expiresAt)).toEqual([T0 + MAX_COOKIE_LIFETIME_MS, T0 + MAX_COOKIE_LIFETIME_MS]);
  });

  it("deletes with werkzeug's delete_cookie output", () => {
    const jar = applySetCookies([], ["session=abc; HttpOnly; Path=/", "other=1; Path=/"], "/", T0);
    const after = applySetCookies(jar, ["session=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/"], "/logout", T0 + 1000);
    expect(after.map((c) => c.name)).toEqual(["other"]);
    expect(jar).toHaveLength(2); // the input is not mutated
  });

  it("deletes with a negative Max-Age or a past Expires alone", () => {
    const jar = applySetCookies([], ["a=1; Path=/", "b=2; Path=/"], "/", T0);
    expect(applySetCookies(jar, ["a=x; Max-Age=-1; Path=/"], "/", T0).map((c) => c.name)).toEqual(["b"]);
    expect(applySetCookies(jar, ["b=x; Expires=Thu, 01 Jan 2026 00:00:00 GMT; Path=/"], "/", T0).map((c) => c.name)).toEqual(["a"]);
  });

  it("only deletes the cookie with the same path", () => {
    const jar = applySetCookies([], ["a=root; Path=/", "a=admin; Path=/admin"], "/", T0);
    const after = applySetCookies(jar, ["a=; Max-Age=0; Path=/admin"], "/", T0);
    expect(after).toEqual([jar[0]]);
  });

  it("never stores a cookie that arrives already expired", () => {
    expect(applySetCookies([], ["a=1; Max-Age=0; Path=/"], "/", T0)).toEqual([]);
  });

  it("replaces a cookie with the same name and path in place, keeping createdAt", () => {
    const jar = applySetCookies([], ["a=1; Path=/", "b=2; Path=/"], "/", T0);
    const after = applySetCookies(jar, ["a=changed; Secure; Path=/"], "/", T0 + 5000);
    expect(after).toEqual([{ name: "a", value: "changed", path: "/", expiresAt: null, httpOnly: false, secure: true, createdAt: T0 }, jar[1]]);
  });

  it("keeps cookies with the same name and different paths apart", () => {
    const jar = applySetCookies([], ["a=1; Path=/", "a=2; Path=/shop"], "/", T0);
    expect(jar.map((c) => `${c.name}@${c.path}=${c.value}`)).toEqual(["a@/=1", "a@/shop=2"]);
  });

  it("rejects cookies a browser rejects", () => {
    const big = "x".repeat(4094); // "big" + 4094 bytes = 4097 > 4096
    const jar = applySetCookies(
      [],
      [
        "",
        "=",
        `big=${big}`,
        "__Secure-a=1; Path=/",
        "__Host-b=1; Secure; Path=/app",
        "__Host-c=1; Secure; Domain=localhost; Path=/",
        "__Host-ok=1; Secure; Path=/",
        "__Secure-ok=1; Secure; Path=/",
        `fits=${"y".repeat(4092)}`,
      ],
      "/",
      T0,
    );
    expect(jar.map((c) => c.name)).toEqual(["__Host-ok", "__Secure-ok", "fits"]);
  });

  it("ignores Domain on the single virtual host", () => {
    const jar = applySetCookies([], ["a=1; Domain=example.com; Path=/"], "/", T0);
    expect(jar).toHaveLength(1);
    expect(cookieHeaderFor(jar, "/", T0)).toBe("a=1");
  });

  it("drops cookies that expired before the response arrived", () => {
    const jar = applySetCookies([], ["old=1; Max-Age=10; Path=/"], "/", T0);
    expect(applySetCookies(jar, ["new=1; Path=/"], "/", T0 + 10_000).map((c) => c.name)).toEqual(["new"]);
  });
});

describe("cookieHeaderFor", () => {
  it("joins name=value pairs", () => {
    const jar = applySetCookies([], ["a=1; Path=/", "b=2; HttpOnly; Secure; Path=/; SameSite=Strict"], "/", T0);
    expect(cookieHeaderFor(jar, "/anything", T0)).toBe("a=1; b=2");
  });

  it("returns null when no cookie applies", () => {
    expect(cookieHeaderFor([], "/", T0)).toBeNull();
    const jar = applySetCookies([], ["a=1; Path=/admin"], "/", T0);
    expect(cookieHeaderFor(jar, "/", T0)).toBeNull();
    expect(cookieHeaderFor(jar, "/administrator", T0)).toBeNull();
    expect(cookieHeaderFor(jar, "/admin/users?page=2", T0)).toBe("a=1");
  });

  it("puts longer paths first, then earlier creation times", () => {
    let jar = applySetCookies([], ["late=1; Path=/"], "/", T0 + 10);
    jar = applySetCookies(jar, ["early=1; Path=/"], "/", T0);
    jar = applySetCookies(jar, ["deep=1; Path=/shop/cart"], "/", T0 + 20);
    jar = applySetCookies(jar, ["mid=1; Path=/shop"], "/", T0 + 30);
    expect(cookieHeaderFor(jar, "/shop/cart/items", T0 + 40)).toBe("deep=1; mid=1; early=1; late=1");
  });

  it("keeps the position of a replaced cookie by its original creation time", () => {
    let jar = applySetCookies([], ["a=1; Path=/"], "/", T0);
    jar = applySetCookies(jar, ["b=1; Path=/"], "/", T0 + 1);
    jar = applySetCookies(jar, ["a=2; Path=/"], "/", T0 + 2);
    expect(cookieHeaderFor(jar, "/", T0 + 3)).toBe("a=2; b=1");
  });

  it("skips expired cookies without needing a prune", () => {
    const jar = applySetCookies([], ["short=1; Max-Age=60; Path=/", "session=1; Path=/"], "/", T0);
    expect(cookieHeaderFor(jar, "/", T0 + 59_999)).toBe("short=1; session=1");
    expect(cookieHeaderFor(jar, "/", T0 + 60_000)).toBe("session=1");
  });

  it("sends a nameless cookie as its value alone", () => {
    const jar = applySetCookies([], ["flag; Path=/"], "/", T0);
    expect(cookieHeaderFor(jar, "/", T0)).toBe("flag");
  });
});

describe("pruneExpired", () => {
  it("drops expired cookies and keeps session cookies", () => {
    const jar: StoredCookie[] = [
      { name: "gone", value: "1", path: "/", expiresAt: T0, httpOnly: false, secure: false, createdAt: T0 - 1 },
      { name: "kept", value: "1", path: "/", expiresAt: T0 + 1, httpOnly: false, secure: false, createdAt: T0 - 1 },
      { name: "session", value: "1", path: "/", expiresAt: null, httpOnly: false, secure: false, createdAt: T0 - 1 },
    ];
    expect(pruneExpired(jar, T0).map((c) => c.name)).toEqual(["kept", "session"]);
    expect(jar).toHaveLength(3);
  });
});
