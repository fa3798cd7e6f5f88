import { describe, expect, it } from "vitest";
import { fromVirtualUrl, splitPathAndQuery, toVirtualUrl, virtualRoot } from "./virtual-server";

describe("virtual server URL space", () => {
  const root = virtualRoot("http://localhost:5173/some/page", "/");

  it("lives under <base>flask/ on the page's origin", () => {
    expect(root).toBe("http://localhost:5173/flask/");
    expect(virtualRoot("https://example.org/tools/", "/tools/")).toBe("https://example.org/tools/flask/");
  });

  it("maps app paths into it and back, percent-encoding kept", () => {
    const url = toVirtualUrl("/caf%C3%A9?q=a%20b&x=1", root);
    expect(url).toBe("http://localhost:5173/flask/caf%C3%A9?q=a%20b&x=1");
    expect(fromVirtualUrl(url, root)).toEqual({ path: "/caf%C3%A9", query: "q=a%20b&x=1" });
    expect(fromVirtualUrl(root, root)).toEqual({ path: "/", query: "" });
    expect(fromVirtualUrl("http://localhost:5173/flask", root)).toEqual({ path: "/", query: "" });
  });

  it("refuses URLs outside it", () => {
    expect(fromVirtualUrl("http://localhost:5173/assets/x.js", root)).toBeNull();
    expect(fromVirtualUrl("http://other.test/flask/x", root)).toBeNull();
  });

  it("normalises what a learner types as a browser would", () => {
    expect(splitPathAndQuery("items?q=a b")).toEqual({ path: "/items", query: "q=a%20b" });
    expect(splitPathAndQuery("/café")).toEqual({ path: "/caf%C3%A9", query: "" });
    expect(splitPathAndQuery("")).toEqual({ path: "/", query: "" });
  });
});
