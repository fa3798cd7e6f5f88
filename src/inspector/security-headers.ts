/**
 * Grade a response's security headers against the OWASP Secure Headers
 * Project recommendations (https://owasp.org/www-project-secure-headers/).
 *
 * Eight checks, each "present" (2 points), "weak" (1 point) or "missing"
 * (0 points); `score` is the points as a percentage of 16, rounded.
 * Grade thresholds on the score:
 *
 *   A >= 90   (every check present, or at most one weak)
 *   B >= 75   (e.g. one or two missing)
 *   C >= 60   (e.g. three missing)
 *   D >= 40   (e.g. four missing)
 *   F <  40   (five or more missing; a bare Flask response scores 0)
 *
 * Each check comes with one line of Flask code to put in an
 * `@app.after_request` function that receives and returns `response`.
 */
import type { Header } from "../runtime/protocol";

/** The result of one check. */
export interface SecurityCheck {
  header: string;
  status: "present" | "missing" | "weak";
  /** Why the header matters, and what is weak about it when it is. */
  why: string;
  /** One line of Flask code for an @app.after_request function. */
  fix: string;
}

/** The overall grade and the checks it comes from. */
export interface SecurityGrade {
  grade: "A" | "B" | "C" | "D" | "F";
  /** 0-100. */
  score: number;
  checks: SecurityCheck[];
}

/** Lowest score for each grade, best first. */
export const GRADE_THRESHOLDS: readonly (readonly [SecurityGrade["grade"], number])[] = [
  ["A", 90],
  ["B", 75],
  ["C", 60],
  ["D", 40],
  ["F", 0],
];

const ONE_YEAR = 31_536_000;

function fixLine(name: string, value: string): string {
  return `response.headers[${JSON.stringify(name)}] = ${JSON.stringify(value)}`;
}

function values(headers: Header[], name: string): string[] {
  const lower = name.toLowerCase();
  return headers.filter(([key]) => key.toLowerCase() === lower).map(([, value]) => value.trim());
}

/** Each enforced CSP policy as a map from directive name to its source list (lower-cased). */
function cspPolicies(headers: Header[]): Map<string, string[]>[] {
  return values(headers, "Content-Security-Policy")
    .flatMap((value) => value.split(","))
    .map((policy) => {
      const directives = new Map<string, string[]>();
      for (const directive of policy.split(";")) {
        const [name, ...sources] = directive.trim().toLowerCase().split(/\s+/);
        if (name && !directives.has(name)) directives.set(name, sources); // the first one counts
      }
      return directives;
    })
    .filter((policy) => policy.size > 0);
}

/** A source list allows inline scripts when it has 'unsafe-inline' and no nonce or hash (which make browsers ignore it). */
function allowsInline(sources: string[] | undefined): boolean {
  if (!sources || !sources.includes("'unsafe-inline'")) return false;
  return !sources.some((source) => /^'(nonce-|sha256-|sha384-|sha512-)/.test(source));
}

function check(header: string, status: SecurityCheck["status"], why: string, fix: string): SecurityCheck {
  return { header, status, why, fix };
}

function checkHsts(headers: Header[]): SecurityCheck {
  const value = values(headers, "Strict-Transport-Security")[0];
  const fix = fixLine("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  const why = "Makes browsers use HTTPS only, so nobody on the network can downgrade the connection (browsers ignore it over plain HTTP).";
  if (value === undefined) return check("Strict-Transport-Security", "missing", why, fix);
  const maxAge = /(?:^|;)\s*max-age\s*=\s*"?(\d+)"?/i.exec(value);
  if (!maxAge || Number(maxAge[1]) < ONE_YEAR) {
    const problem = maxAge ? `max-age is only ${maxAge[1]} seconds` : "max-age is missing";
    return check("Strict-Transport-Security", "weak", `${problem}; OWASP recommends at least one year (31536000). ${why}`, fix);
  }
  return check("Strict-Transport-Security", "present", why, fix);
}

function checkCsp(policies: Map<string, string[]>[]): SecurityCheck {
  const fix = fixLine("Content-Security-Policy", "default-src 'self'; object-src 'none'; frame-ancestors 'none'");
  const why = "Limits where scripts, styles and other resources may come from: the strongest defence against cross-site scripting (XSS).";
  if (policies.length === 0) return check("Content-Security-Policy", "missing", why, fix);
  const problems = policies.map((policy) => {
    const scripts = policy.get("script-src") ?? policy.get("default-src");
    if (!scripts) return "it has neither default-src nor script-src, so scripts may come from anywhere";
    if (allowsInline(scripts) || allowsInline(policy.get("default-src"))) {
      return "it allows 'unsafe-inline', which lets injected inline scripts run";
    }
    return null;
  });
  // Several policies are all enforced, so one strong policy protects the page.
  if (problems.includes(null)) return check("Content-Security-Policy", "present", why, fix);
  return check("Content-Security-Policy", "weak", `The policy is weak: ${problems[0]}. ${why}`, fix);
}

function checkFraming(headers: Header[], policies: Map<string, string[]>[]): SecurityCheck {
  const fix = fixLine("X-Frame-Options", "DENY");
  const why =
    "Stops other sites from showing this page in a frame and tricking users into clicking it (clickjacking); " + "CSP frame-ancestors does the same.";
  const ancestors = policies.map((policy) => policy.get("frame-ancestors")).filter((sources) => sources !== undefined);
  const xfo = values(headers, "X-Frame-Options")[0]?.toUpperCase();
  if (ancestors.some((sources) => !sources.some((s) => s === "*" || s === "http:" || s === "https:"))) {
    return check("X-Frame-Options", "present", why, fix);
  }
  if (ancestors.length === 0 && (xfo === "DENY" || xfo === "SAMEORIGIN")) return check("X-Frame-Options", "present", why, fix);
  if (ancestors.length > 0) {
    return check("X-Frame-Options", "weak", `CSP frame-ancestors allows any site, and browsers then ignore X-Frame-Options. ${why}`, fix);
  }
  if (xfo !== undefined) {
    return check("X-Frame-Options", "weak", `"${xfo}" is not DENY or SAMEORIGIN; browsers ignore other values. ${why}`, fix);
  }
  return check("X-Frame-Options", "missing", why, fix);
}

function checkNosniff(headers: Header[]): SecurityCheck {
  const value = values(headers, "X-Content-Type-Options")[0];
  const fix = fixLine("X-Content-Type-Options", "nosniff");
  const why = "Stops browsers from guessing a content type other than Content-Type, so an uploaded file cannot run as a script or stylesheet.";
  if (value === undefined) return check("X-Content-Type-Options", "missing", why, fix);
  if (value.toLowerCase() !== "nosniff") {
    return check("X-Content-Type-Options", "weak", `"${value}" is not a known value; the only one is nosniff. ${why}`, fix);
  }
  return check("X-Content-Type-Options", "present", why, fix);
}

const REFERRER_POLICIES = new Set([
  "no-referrer",
  "no-referrer-when-downgrade",
  "origin",
  "origin-when-cross-origin",
  "same-origin",
  "strict-origin",
  "strict-origin-when-cross-origin",
  "unsafe-url",
]);

function checkReferrer(headers: Header[]): SecurityCheck {
  const fix = fixLine("Referrer-Policy", "strict-origin-when-cross-origin");
  const why = "Controls how much of this page's URL (paths, query strings with tokens) other sites see in the Referer header.";
  const all = values(headers, "Referrer-Policy");
  if (all.length === 0) return check("Referrer-Policy", "missing", why, fix);
  // Browsers use the last policy they recognise in the list.
  const tokens = all.flatMap((value) => value.split(",")).map((token) => token.trim().toLowerCase());
  const policy = tokens.filter((token) => REFERRER_POLICIES.has(token)).pop();
  if (policy === undefined) {
    return check("Referrer-Policy", "weak", `No known policy in "${all.join(", ")}", so the browser default applies. ${why}`, fix);
  }
  if (policy === "unsafe-url" || policy === "no-referrer-when-downgrade") {
    return check("Referrer-Policy", "weak", `${policy} sends the full URL, path and query, to other sites. ${why}`, fix);
  }
  return check("Referrer-Policy", "present", why, fix);
}

function checkSimple(headers: Header[], name: string, why: string, recommended: string, weakValues: string[]): SecurityCheck {
  const value = values(headers, name)[0];
  const fix = fixLine(name, recommended);
  if (value === undefined || value === "") return check(name, "missing", why, fix);
  if (weakValues.includes(value.toLowerCase())) {
    return check(name, "weak", `"${value}" turns the protection off; OWASP recommends ${recommended}. ${why}`, fix);
  }
  return check(name, "present", why, fix);
}

/** Check the OWASP recommended security headers and grade the response (see the thresholds above). */
export function gradeSecurityHeaders(headers: Header[]): SecurityGrade {
  const policies = cspPolicies(headers);
  const checks = [
    checkHsts(headers),
    checkCsp(policies),
    checkFraming(headers, policies),
    checkNosniff(headers),
    checkReferrer(headers),
    checkSimple(
      headers,
      "Permissions-Policy",
      "Turns off browser features the page does not need (camera, microphone, geolocation), so injected code cannot use them.",
      "camera=(), microphone=(), geolocation=()",
      [],
    ),
    checkSimple(
      headers,
      "Cross-Origin-Opener-Policy",
      "Keeps windows from other origins that this page opens, or that open it, from reaching into it (cross-site leaks, Spectre).",
      "same-origin",
      ["unsafe-none"],
    ),
    checkSimple(
      headers,
      "Cross-Origin-Resource-Policy",
      "Stops other sites from loading this response into their pages (cross-site leaks, Spectre).",
      "same-origin",
      ["cross-origin"],
    ),
  ];
  const points = checks.reduce((sum, c) => sum + (c.status === "present" ? 2 : c.status === "weak" ? 1 : 0), 0);
  const score = Math.round((points / (checks.length * 2)) * 100);
  const grade = GRADE_THRESHOLDS.find(([, min]) => score >= min)?.[0] ?? "F";
  return { grade, score, checks };
}
