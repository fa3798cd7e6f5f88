import { describe, expect, it } from "vitest";
import type { Header } from "../runtime/protocol";
import { gradeSecurityHeaders, type SecurityCheck } from "./security-headers";

const STRONG: Header[] = [
  ["Content-Type", "text/html; charset=utf-8"],
  ["Strict-Transport-Security", "max-age=31536000; includeSubDomains"],
  ["Content-Security-Policy", "default-src 'self'; object-src 'none'; frame-ancestors 'none'"],
  ["X-Frame-Options", "DENY"],
  ["X-Content-Type-Options", "nosniff"],
  ["Referrer-Policy", "strict-origin-when-cross-origin"],
  ["Permissions-Policy", "camera=(), microphone=(), geolocation=()"],
  ["Cross-Origin-Opener-Policy", "same-origin"],
  ["Cross-Origin-Resource-Policy", "same-origin"],
];

/** STRONG with one header replaced (value) or removed (null). */
function withHeader(name: string, value: string | null): Header[] {
  const rest = STRONG.filter(([key]) => key.toLowerCase() !== name.toLowerCase());
  return value === null ? rest : [...rest, [name, value]];
}

function checkFor(headers: Header[], header: string): SecurityCheck {
  const found = gradeSecurityHeaders(headers).checks.find((c) => c.header === header);
  if (!found) throw new Error(`no check for ${header}`);
  return found;
}

const statusOf = (headers: Header[], header: string) => checkFor(headers, header).status;

describe("gradeSecurityHeaders", () => {
  it("gives A and 100 to the OWASP recommended set", () => {
    const result = gradeSecurityHeaders(STRONG);
    expect(result.grade).toBe("A");
    expect(result.score).toBe(100);
    expect(result.checks.map((c) => [c.header, c.status])).toEqual([
      ["Strict-Transport-Security", "present"],
      ["Content-Security-Policy", "present"],
      ["X-Frame-Options", "present"],
      ["X-Content-Type-Options", "present"],
      ["Referrer-Policy", "present"],
      ["Permissions-Policy", "present"],
      ["Cross-Origin-Opener-Policy", "present"],
      ["Cross-Origin-Resource-Policy", "present"],
    ]);
  });

  it("gives F and 0 to a bare Flask response", () => {
    const result = gradeSecurityHeaders([
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "17"],
    ]);
    expect(result).toMatchObject({ grade: "F", score: 0 });
    expect(result.checks.every((c) => c.status === "missing")).toBe(true);
  });

  it("applies the documented thresholds", () => {
    const drop = (...names: string[]) => STRONG.filter(([key]) => !names.includes(key));
    expect(gradeSecurityHeaders(withHeader("Referrer-Policy", "unsafe-url"))).toMatchObject({ grade: "A", score: 94 });
    expect(gradeSecurityHeaders(drop("Permissions-Policy"))).toMatchObject({ grade: "B", score: 88 });
    expect(gradeSecurityHeaders(drop("Permissions-Policy", "Cross-Origin-Opener-Policy"))).toMatchObject({ grade: "B", score: 75 });
    expect(gradeSecurityHeaders(drop("Permissions-Policy", "Cross-Origin-Opener-Policy", "Referrer-Policy"))).toMatchObject({
      grade: "C",
      score: 63,
    });
    const fourMissing = drop("Permissions-Policy", "Cross-Origin-Opener-Policy", "Referrer-Policy", "Cross-Origin-Resource-Policy");
    expect(gradeSecurityHeaders(fourMissing)).toMatchObject({ grade: "D", score: 50 });
    expect(
      gradeSecurityHeaders([
        ["X-Content-Type-Options", "nosniff"],
        ["X-Frame-Options", "DENY"],
        ["Referrer-Policy", "no-referrer"],
      ]),
    ).toMatchObject({
      grade: "F",
      score: 38,
    });
  });

  it("gives one line of Flask code per check", () => {
    const fixes = gradeSecurityHeaders([]).checks.map((c) => c.fix);
    expect(fixes).toEqual([
      'response.headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains"',
      `response.headers["Content-Security-Policy"] = "default-src 'self'; object-src 'none'; frame-ancestors 'none'"`,
      'response.headers["X-Frame-Options"] = "DENY"',
      'response.headers["X-Content-Type-Options"] = "nosniff"',
      'response.headers["Referrer-Policy"] = "strict-origin-when-cross-origin"',
      'response.headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()"',
      'response.headers["Cross-Origin-Opener-Policy"] = "same-origin"',
      'response.headers["Cross-Origin-Resource-Policy"] = "same-origin"',
    ]);
    for (const check of gradeSecurityHeaders([]).checks) expect(check.why.length).toBeGreaterThan(40);
  });

  it("matches header names case-insensitively", () => {
    expect(gradeSecurityHeaders(STRONG.map(([k, v]) => [k.toLowerCase(), v] as Header)).score).toBe(100);
  });
});

describe("Strict-Transport-Security", () => {
  it("is weak below one year or without max-age", () => {
    expect(statusOf(withHeader("Strict-Transport-Security", "max-age=31535999"), "Strict-Transport-Security")).toBe("weak");
    expect(checkFor(withHeader("Strict-Transport-Security", "max-age=300"), "Strict-Transport-Security").why).toMatch(/only 300 seconds/);
    expect(statusOf(withHeader("Strict-Transport-Security", "includeSubDomains"), "Strict-Transport-Security")).toBe("weak");
    expect(statusOf(withHeader("Strict-Transport-Security", "max-age=63072000; includeSubDomains; preload"), "Strict-Transport-Security")).toBe(
      "present",
    );
    expect(statusOf(withHeader("Strict-Transport-Security", 'includeSubDomains; Max-Age="31536000"'), "Strict-Transport-Security")).toBe("present");
  });
});

describe("Content-Security-Policy", () => {
  const csp = (value: string) => statusOf(withHeader("Content-Security-Policy", value), "Content-Security-Policy");

  it("is weak with 'unsafe-inline' in script-src or default-src", () => {
    expect(csp("default-src 'self' 'unsafe-inline'")).toBe("weak");
    expect(csp("default-src 'self'; script-src 'self' 'unsafe-inline'")).toBe("weak");
    expect(csp("default-src 'self' 'unsafe-inline'; script-src 'self'")).toBe("weak");
    expect(csp("default-src 'self'; style-src 'self' 'unsafe-inline'")).toBe("present");
  });

  it("accepts 'unsafe-inline' next to a nonce or hash, which browsers then ignore", () => {
    expect(csp("script-src 'nonce-r4nd0m' 'unsafe-inline' 'strict-dynamic'; object-src 'none'")).toBe("present");
  });

  it("is weak without default-src or script-src", () => {
    const check = checkFor(withHeader("Content-Security-Policy", "frame-ancestors 'none'; img-src 'self'"), "Content-Security-Policy");
    expect(check.status).toBe("weak");
    expect(check.why).toMatch(/neither default-src nor script-src/);
  });

  it("is strong when any enforced policy is strong, and ignores Report-Only", () => {
    expect(csp("img-src *, script-src 'self'")).toBe("present");
    const reportOnly = [...withHeader("Content-Security-Policy", null), ["Content-Security-Policy-Report-Only", "default-src 'self'"] as Header];
    expect(statusOf(reportOnly, "Content-Security-Policy")).toBe("missing");
  });
});

describe("framing protection", () => {
  const noCsp = withHeader("Content-Security-Policy", null);
  const framing = (headers: Header[]) => statusOf(headers, "X-Frame-Options");

  it("accepts X-Frame-Options DENY or SAMEORIGIN in any case", () => {
    expect(framing([...noCsp.filter(([k]) => k !== "X-Frame-Options"), ["X-Frame-Options", "sameorigin"]])).toBe("present");
    expect(framing([...noCsp.filter(([k]) => k !== "X-Frame-Options"), ["X-Frame-Options", "ALLOW-FROM https://a.example"]])).toBe("weak");
    expect(framing(noCsp.filter(([k]) => k !== "X-Frame-Options"))).toBe("missing");
  });

  it("accepts CSP frame-ancestors alone", () => {
    const headers = withHeader("X-Frame-Options", null).map(
      ([k, v]) => [k, k === "Content-Security-Policy" ? "frame-ancestors 'self'" : v] as Header,
    );
    expect(framing(headers)).toBe("present");
  });

  it("is weak when frame-ancestors allows any site, whatever X-Frame-Options says", () => {
    expect(framing(withHeader("Content-Security-Policy", "default-src 'self'; frame-ancestors *"))).toBe("weak");
  });
});

describe("the other headers", () => {
  it("X-Content-Type-Options wants nosniff", () => {
    expect(statusOf(withHeader("X-Content-Type-Options", "NoSniff"), "X-Content-Type-Options")).toBe("present");
    expect(statusOf(withHeader("X-Content-Type-Options", "sniff"), "X-Content-Type-Options")).toBe("weak");
  });

  it("Referrer-Policy is weak when it leaks full URLs", () => {
    const referrer = (value: string) => statusOf(withHeader("Referrer-Policy", value), "Referrer-Policy");
    expect(referrer("unsafe-url")).toBe("weak");
    expect(referrer("no-referrer-when-downgrade")).toBe("weak");
    expect(referrer("no-referrer")).toBe("present");
    expect(referrer("unsafe-url, strict-origin")).toBe("present");
    expect(referrer("strict-origin, made-up-policy")).toBe("present");
    expect(referrer("made-up-policy")).toBe("weak");
  });

  it("COOP and CORP are weak when set to their open values", () => {
    expect(statusOf(withHeader("Cross-Origin-Opener-Policy", "unsafe-none"), "Cross-Origin-Opener-Policy")).toBe("weak");
    expect(statusOf(withHeader("Cross-Origin-Opener-Policy", "same-origin-allow-popups"), "Cross-Origin-Opener-Policy")).toBe("present");
    expect(statusOf(withHeader("Cross-Origin-Resource-Policy", "cross-origin"), "Cross-Origin-Resource-Policy")).toBe("weak");
    expect(statusOf(withHeader("Cross-Origin-Resource-Policy", "same-site"), "Cross-Origin-Resource-Policy")).toBe("present");
  });

  it("Permissions-Policy counts when set at all", () => {
    expect(statusOf(withHeader("Permissions-Policy", "geolocation=()"), "Permissions-Policy")).toBe("present");
    expect(statusOf(withHeader("Permissions-Policy", ""), "Permissions-Policy")).toBe("missing");
  });
});
