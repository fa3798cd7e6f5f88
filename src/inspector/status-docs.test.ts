import { describe, expect, it } from "vitest";
import { CLASS_DOCS, describeStatus, STATUS_DOCS, statusClass } from "./status-docs";

const REQUIRED = [
  100, 101, 200, 201, 202, 204, 205, 206, 301, 302, 303, 304, 307, 308, 400, 401, 403, 404, 405, 406, 409, 410, 412, 413, 415, 418, 422, 429, 500,
  501, 502, 503, 504,
];

describe("describeStatus", () => {
  it("has its own line for every code a learner meets", () => {
    for (const code of REQUIRED) {
      const doc = describeStatus(code);
      expect(doc.meaning, String(code)).toBe(STATUS_DOCS[code]);
      expect(doc.meaning.length, String(code)).toBeGreaterThan(30);
    }
  });

  it("uses the reason phrase as the start of each line", () => {
    expect(describeStatus(201)).toEqual({
      className: "success",
      meaning: "Created: the request made a new resource; an API usually adds a Location header pointing at it.",
    });
    expect(describeStatus(404).meaning).toMatch(/^Not Found: /);
    expect(describeStatus(418).meaning).toMatch(/^I'm a teapot: /);
  });

  it("tells 401 from 403", () => {
    const unauthorized = describeStatus(401).meaning;
    const forbidden = describeStatus(403).meaning;
    expect(unauthorized).toMatch(/not authenticated/);
    expect(unauthorized).toMatch(/WWW-Authenticate/);
    expect(forbidden).toMatch(/knows who you are/);
    expect(forbidden).toMatch(/logging in again will not help/);
  });

  it("names the Flask way where there is one", () => {
    expect(describeStatus(302).meaning).toMatch(/redirect\(\)/);
    expect(describeStatus(413).meaning).toMatch(/MAX_CONTENT_LENGTH/);
    expect(describeStatus(500).meaning).toMatch(/traceback/);
  });

  it("classifies by the first digit", () => {
    expect([100, 199, 200, 299, 300, 399, 400, 499, 500, 599].map(statusClass)).toEqual([
      "informational",
      "informational",
      "success",
      "success",
      "redirection",
      "redirection",
      "client-error",
      "client-error",
      "server-error",
      "server-error",
    ]);
  });

  it("falls back to the class meaning for unlisted codes", () => {
    expect(describeStatus(299)).toEqual({ className: "success", meaning: CLASS_DOCS.success });
    expect(describeStatus(399)).toEqual({ className: "redirection", meaning: CLASS_DOCS.redirection });
    expect(describeStatus(499)).toEqual({ className: "client-error", meaning: CLASS_DOCS["client-error"] });
    expect(describeStatus(599)).toEqual({ className: "server-error", meaning: CLASS_DOCS["server-error"] });
    expect(describeStatus(150)).toEqual({ className: "informational", meaning: CLASS_DOCS.informational });
  });

  it("calls anything outside 100-599 invalid", () => {
    for (const code of [0, 99, 600, 1000, -200, 200.5, Number.NaN]) {
      expect(describeStatus(code), String(code)).toEqual({ className: "invalid", meaning: CLASS_DOCS.invalid });
    }
  });

  it("only documents valid codes, each under the right class", () => {
    for (const code of Object.keys(STATUS_DOCS).map(Number)) {
      expect(statusClass(code), String(code)).not.toBe("invalid");
    }
  });
});
