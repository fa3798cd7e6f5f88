/**
 * The check engine: does a response satisfy a lesson's expectations? Pure
 * functions, no Pyodide; the page and the content test both drive it.
 */
import { parseCookieDate, parseSetCookie, type SetCookie } from "../inspector/set-cookie";
import type { Header } from "../runtime/protocol";
import type {
  Check,
  CheckResponse,
  CheckResult,
  CookieAttributes,
  Expectation,
  ExpectationResult,
  LessonRequest,
} from "./types";

/** Where a check's requests are sent from: the virtual server's root, as the app sees it. */
const BASE_URL = "http://localhost";
const MAX_SHOWN = 120;

export interface EvaluateContext {
  /** Path of the request that got this response; relative Locations resolve against it. */
  requestPath?: string;
}

const decoder = new TextDecoder();

/** A value quoted for the UI, cut short when long. */
function quote(value: string): string {
  const shown = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
  return JSON.stringify(shown).replace(/…"$/, '"…');
}

function headerValues(headers: Header[], name: string): string[] {
  const wanted = name.toLowerCase();
  return headers.filter(([n]) => n.toLowerCase() === wanted).map(([, v]) => v);
}

function describeValues(values: string[], name: string): string {
  return values.length === 0 ? `no ${name} header` : values.map(quote).join(", ");
}

function bodyText(body: Uint8Array): string {
  return decoder.decode(body);
}

function describeBody(text: string): string {
  return text.length === 0 ? "empty body" : quote(text);
}

function result(pass: boolean, description: string, expected: string, actual: string): ExpectationResult {
  return { pass, description, expected, actual };
}

// ---- JSON subset -------------------------------------------------------------

/** Where `actual` first departs from `expected`, or null when it contains it. */
function subsetMismatch(expected: unknown, actual: unknown, path: string): string | null {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${path} is ${short(actual)}, not an array`;
    if (actual.length !== expected.length) return `${path} has ${actual.length} items, not ${expected.length}`;
    for (let i = 0; i < expected.length; i++) {
      const mismatch = subsetMismatch(expected[i], actual[i], `${path}[${i}]`);
      if (mismatch) return mismatch;
    }
    return null;
  }
  if (expected !== null && typeof expected === "object") {
    if (actual === null || typeof actual !== "object" || Array.isArray(actual)) {
      return `${path} is ${short(actual)}, not an object`;
    }
    const record = actual as Record<string, unknown>;
    for (const [key, value] of Object.entries(expected)) {
      const childPath = /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
      if (!(key in record)) return `${childPath} is missing`;
      const mismatch = subsetMismatch(value, record[key], childPath);
      if (mismatch) return mismatch;
    }
    return null;
  }
  return Object.is(expected, actual) ? null : `${path} is ${short(actual)}`;
}

function short(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

// ---- Cookies -------------------------------------------------------------------

/** A Set-Cookie header value and what it says (parsed by the inspector's RFC 6265 parser). */
interface ParsedCookie extends SetCookie {
  raw: string;
}

function cookiesNamed(headers: Header[], name: string): ParsedCookie[] {
  return headerValues(headers, "set-cookie")
    .map((raw) => ({ ...parseSetCookie(raw), raw }))
    .filter((cookie) => cookie.name === name);
}

function describeAttributes(attributes: CookieAttributes | undefined): string[] {
  if (!attributes) return [];
  const out: string[] = [];
  if (attributes.HttpOnly) out.push("HttpOnly");
  if (attributes.Secure) out.push("Secure");
  if (attributes.SameSite !== undefined) out.push(`SameSite=${attributes.SameSite}`);
  if (attributes.Path !== undefined) out.push(`Path=${attributes.Path}`);
  if (attributes["Max-Age"] !== undefined) out.push(`Max-Age=${attributes["Max-Age"]}`);
  return out;
}

/** The attributes `cookie` lacks, as "HttpOnly", "SameSite=Lax", ...; empty when it has them all. */
function missingAttributes(cookie: ParsedCookie, attributes: CookieAttributes | undefined): string[] {
  if (!attributes) return [];
  const missing: string[] = [];
  if (attributes.HttpOnly && !cookie.httpOnly) missing.push("HttpOnly");
  if (attributes.Secure && !cookie.secure) missing.push("Secure");
  if (attributes.SameSite !== undefined && cookie.sameSite?.toLowerCase() !== attributes.SameSite.toLowerCase()) {
    missing.push(`SameSite=${attributes.SameSite}`);
  }
  if (attributes.Path !== undefined && cookie.path !== attributes.Path) missing.push(`Path=${attributes.Path}`);
  if (attributes["Max-Age"] !== undefined && cookie.maxAge !== attributes["Max-Age"]) {
    missing.push(`Max-Age=${attributes["Max-Age"]}`);
  }
  return missing;
}

function isDeletion(cookie: ParsedCookie, now: number): boolean {
  if (cookie.maxAge !== undefined) return cookie.maxAge <= 0;
  if (cookie.expires === undefined) return false;
  const at = parseCookieDate(cookie.expires);
  return at !== null && at < now;
}

// ---- Redirects ---------------------------------------------------------------

/** A Location resolved to a root-relative path+query ("/items/1?x=2"), as the browser would follow it. */
export function resolveLocation(location: string, requestPath = "/"): string {
  const base = new URL(requestPath, BASE_URL);
  const url = new URL(location, base);
  return url.pathname + url.search;
}

// ---- Expectations -------------------------------------------------------------

function regex(pattern: string): RegExp {
  return new RegExp(pattern);
}

/** Does `response` satisfy `expectation`? Never throws for a well-formed expectation. */
export function evaluateExpectation(
  expectation: Expectation,
  response: CheckResponse,
  context: EvaluateContext = {},
): ExpectationResult {
  const { headers } = response;

  if ("status" in expectation) {
    return result(
      response.status === expectation.status,
      `Status is ${expectation.status}`,
      String(expectation.status),
      String(response.status),
    );
  }

  if ("header" in expectation) {
    const name = expectation.header;
    const values = headerValues(headers, name);
    const actual = describeValues(values, name);
    if ("present" in expectation) {
      return result(values.length > 0, `${name} header is present`, "present", actual);
    }
    if ("absent" in expectation) {
      return result(values.length === 0, `${name} header is absent`, "absent", actual);
    }
    if ("equals" in expectation) {
      return result(
        values.includes(expectation.equals),
        `${name} header equals ${quote(expectation.equals)}`,
        quote(expectation.equals),
        actual,
      );
    }
    if ("matches" in expectation) {
      const re = regex(expectation.matches);
      return result(
        values.some((v) => re.test(v)),
        `${name} header matches /${expectation.matches}/`,
        `/${expectation.matches}/`,
        actual,
      );
    }
    return result(
      values.some((v) => v.includes(expectation.contains)),
      `${name} header contains ${quote(expectation.contains)}`,
      `contains ${quote(expectation.contains)}`,
      actual,
    );
  }

  if ("jsonSubset" in expectation) {
    const expected = JSON.stringify(expectation.jsonSubset);
    const description = `JSON body contains ${expected.length > 80 ? `${expected.slice(0, 80)}…` : expected}`;
    const text = bodyText(response.body);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return result(false, description, expected, `not JSON: ${describeBody(text)}`);
    }
    const mismatch = subsetMismatch(expectation.jsonSubset, parsed, "$");
    return result(mismatch === null, description, expected, mismatch ?? short(parsed));
  }

  if ("bodyContains" in expectation) {
    const text = bodyText(response.body);
    return result(
      text.includes(expectation.bodyContains),
      `Body contains ${quote(expectation.bodyContains)}`,
      `contains ${quote(expectation.bodyContains)}`,
      describeBody(text),
    );
  }

  if ("bodyEquals" in expectation) {
    const text = bodyText(response.body);
    return result(
      text === expectation.bodyEquals,
      `Body is ${quote(expectation.bodyEquals)}`,
      describeBody(expectation.bodyEquals),
      describeBody(text),
    );
  }

  if ("bodyMatches" in expectation) {
    const text = bodyText(response.body);
    return result(
      regex(expectation.bodyMatches).test(text),
      `Body matches /${expectation.bodyMatches}/`,
      `/${expectation.bodyMatches}/`,
      describeBody(text),
    );
  }

  if ("redirectTo" in expectation) {
    const locations = headerValues(headers, "location");
    const expected = expectation.redirectTo;
    const resolved = locations.map((l) => resolveLocation(l, context.requestPath));
    const pass = resolved.includes(resolveLocation(expected, context.requestPath));
    const actual =
      locations.length === 0
        ? "no Location header"
        : locations.map((l, i) => (l === resolved[i] ? quote(l) : `${quote(l)} (→ ${resolved[i]})`)).join(", ");
    return result(pass, `Redirects to ${expected}`, `Location ${quote(expected)}`, actual);
  }

  if ("cookieDeleted" in expectation) {
    const name = expectation.cookieDeleted;
    const cookies = cookiesNamed(headers, name);
    const now = Date.now();
    return result(
      cookies.some((c) => isDeletion(c, now)),
      `Deletes cookie ${quote(name)}`,
      `Set-Cookie ${name}=…; Max-Age=0 (or Expires in the past)`,
      cookies.length === 0 ? `no Set-Cookie for ${name}` : cookies.map((c) => quote(c.raw)).join(", "),
    );
  }

  const name = expectation.cookie;
  const wanted = describeAttributes(expectation.attributes);
  const cookies = cookiesNamed(headers, name);
  const pass = cookies.some((c) => missingAttributes(c, expectation.attributes).length === 0);
  const description = `Sets cookie ${quote(name)}${wanted.length ? ` with ${wanted.join(", ")}` : ""}`;
  let actual: string;
  if (cookies.length === 0) {
    const others = headerValues(headers, "set-cookie").map((value) => parseSetCookie(value).name);
    actual = others.length ? `no Set-Cookie for ${name} (only ${others.join(", ")})` : "no Set-Cookie header";
  } else {
    actual = cookies
      .map((c) => {
        const missing = missingAttributes(c, expectation.attributes);
        return missing.length ? `${quote(c.raw)} (missing ${missing.join(", ")})` : quote(c.raw);
      })
      .join(", ");
  }
  return result(pass, description, [`Set-Cookie ${name}=…`, ...wanted].join("; "), actual);
}

/** Send a check's request and evaluate every expectation against the response. */
export async function runCheck(
  check: Check,
  send: (request: LessonRequest) => Promise<CheckResponse>,
): Promise<CheckResult> {
  let response: CheckResponse;
  try {
    response = await send(check.request);
  } catch (error) {
    return {
      id: check.id,
      title: check.title,
      pass: false,
      results: [],
      error: error instanceof Error ? error.message : String(error),
    };
  }
  const context = { requestPath: check.request.path };
  const results = check.expect.map((expectation) => evaluateExpectation(expectation, response, context));
  return { id: check.id, title: check.title, pass: results.every((r) => r.pass), results };
}
