import { describe, expect, it } from "vitest";
import { nextHop, type RedirectInput } from "./redirects";

const ORIGIN = "http://localhost:5173";
const hop = (partial: Partial<RedirectInput>) =>
  nextHop({ status: 302, method: "GET", location: "/", currentPath: "/old", appOrigin: ORIGIN, ...partial });

describe("nextHop: when there is no hop", () => {
  it("returns null for non-redirect statuses", () => {
    for (const status of [200, 201, 300, 304, 305, 306, 404]) expect(hop({ status, location: "/x" }), String(status)).toBeNull();
  });

  it("returns null without a usable Location", () => {
    expect(hop({ location: null })).toBeNull();
    expect(hop({ location: undefined })).toBeNull();
    expect(hop({ location: "  " })).toBeNull();
    expect(hop({ location: "http://[::1" })).toBeNull();
  });
});

describe("nextHop: methods (Fetch standard)", () => {
  it("301 and 302 turn POST into GET and drop the body", () => {
    for (const status of [301, 302]) {
      expect(hop({ status, method: "POST" })).toMatchObject({ method: "GET", keepsBody: false });
    }
    expect(hop({ status: 302, method: "post" })?.explanation).toBe(
      "302 Found: browsers fetch the Location with GET instead of POST and drop the body (use 307 or 308 to keep the POST).",
    );
  });

  it("301 and 302 keep other methods and their body", () => {
    expect(hop({ status: 301, method: "PUT" })).toMatchObject({
      method: "PUT",
      keepsBody: true,
      explanation: "301 Moved Permanently: the client repeats the PUT at the Location with the same body; only POST is turned into GET.",
    });
    expect(hop({ status: 302, method: "DELETE" })).toMatchObject({ method: "DELETE", keepsBody: true });
    expect(hop({ status: 302, method: "GET" })).toMatchObject({
      method: "GET",
      keepsBody: false,
      explanation: "302 Found: the client fetches the Location with GET.",
    });
  });

  it("303 turns everything but HEAD into GET", () => {
    expect(hop({ status: 303, method: "POST" })).toEqual({
      method: "GET",
      keepsBody: false,
      target: { kind: "app", pathAndQuery: "/" },
      explanation: "303 See Other: the client fetches the Location with GET and drops the body.",
    });
    expect(hop({ status: 303, method: "PATCH" })).toMatchObject({ method: "GET", keepsBody: false });
    expect(hop({ status: 303, method: "HEAD" })).toMatchObject({
      method: "HEAD",
      keepsBody: false,
      explanation: "303 See Other: the client fetches the Location with HEAD (HEAD is the one method 303 keeps).",
    });
  });

  it("307 and 308 keep method and body", () => {
    expect(hop({ status: 307, method: "POST" })).toMatchObject({
      method: "POST",
      keepsBody: true,
      explanation: "307 Temporary Redirect: the client repeats the POST at the Location with the same body.",
    });
    expect(hop({ status: 308, method: "PATCH" })).toMatchObject({
      method: "PATCH",
      keepsBody: true,
      explanation: "308 Permanent Redirect: the client repeats the PATCH at the Location with the same body.",
    });
    expect(hop({ status: 308, method: "GET" })).toMatchObject({ method: "GET", keepsBody: false });
  });
});

describe("nextHop: targets", () => {
  it("keeps root-relative and relative Locations in the app", () => {
    expect(hop({ location: "/login?next=%2Fadmin" })?.target).toEqual({ kind: "app", pathAndQuery: "/login?next=%2Fadmin" });
    expect(hop({ location: "edit", currentPath: "/items/7/view?x=1" })?.target).toEqual({ kind: "app", pathAndQuery: "/items/7/edit" });
    expect(hop({ location: "../", currentPath: "/a/b/c" })?.target).toEqual({ kind: "app", pathAndQuery: "/a/" });
    expect(hop({ location: "?page=2", currentPath: "/items" })?.target).toEqual({ kind: "app", pathAndQuery: "/items?page=2" });
    expect(hop({ location: "/docs#intro" })?.target).toEqual({ kind: "app", pathAndQuery: "/docs" });
  });

  it("keeps percent-encoding and encodes what a browser would", () => {
    expect(hop({ location: "/caf%C3%A9?q=a%20b" })?.target).toEqual({ kind: "app", pathAndQuery: "/caf%C3%A9?q=a%20b" });
    expect(hop({ location: "/café?q=a b" })?.target).toEqual({ kind: "app", pathAndQuery: "/caf%C3%A9?q=a%20b" });
  });

  it("treats an absolute URL on the page origin as the app (url_for(..., _external=True))", () => {
    expect(hop({ status: 308, location: "http://localhost:5173/items/" })?.target).toEqual({ kind: "app", pathAndQuery: "/items/" });
    expect(hop({ location: "//localhost:5173/x?y=1" })?.target).toEqual({ kind: "app", pathAndQuery: "/x?y=1" });
    expect(hop({ location: "http://localhost:5173/x", appOrigin: "http://localhost:5173/some/page" })?.target).toEqual({
      kind: "app",
      pathAndQuery: "/x",
    });
  });

  it("treats any other absolute URL as external", () => {
    expect(hop({ location: "https://example.com/login?x=1" })?.target).toEqual({ kind: "external", url: "https://example.com/login?x=1" });
    expect(hop({ location: "https://localhost:5173/x" })?.target).toEqual({ kind: "external", url: "https://localhost:5173/x" });
    expect(hop({ location: "http://localhost:5000/x" })?.target).toEqual({ kind: "external", url: "http://localhost:5000/x" });
    expect(hop({ location: "//evil.example/x" })?.target).toEqual({ kind: "external", url: "http://evil.example/x" });
  });
});
