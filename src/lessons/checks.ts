/**
 * The check engine: does a response satisfy a lesson's expectations? Pure
 * functions, no Pyodide; the page and the content test both drive it.
 */
import { findPitfalls } from "../inspector/pitfalls";
import { parseCookieDate, parseSetCookie, type SetCookie } from "../inspector/set-cookie";
import { applySetCookies, cookieHeaderFor, type StoredCookie } from "../request/cookie-jar";
import type { Header, LogEntry } from "../runtime/protocol";
import type {
  Check,
  CheckResponse,
  CheckResult,
  CookieAttributes,
  Expectation,
  ExpectationKind,
  ExpectationResult,
  JsonShape,
  LessonRequest,
  LogLevel,
} from "./types";

/** Where a check's requests are sent from: the virtual server's root, as the app sees it. */
const BASE_URL = "http://localhost";
const MAX_SHOWN = 120;

export interface EvaluateContext {
  /** Path of the request that got this response; relative Locations resolve against it. */
  requestPath?: string;
  /** Its method: a HEAD response has no body for the pitfall detector to read. */
  method?: string;
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
      if (!(key in record)) return `${childPath(path, key)} is missing`;
      const mismatch = subsetMismatch(value, record[key], childPath(path, key));
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

// ---- JSON shape --------------------------------------------------------------

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

function describeShape(shape: JsonShape): string {
  if (typeof shape === "string") return shape;
  if (Array.isArray(shape)) return `[${describeShape(shape[0])}, ...]`;
  return `{${Object.entries(shape)
    .map(([key, value]) => `${JSON.stringify(key)}: ${describeShape(value)}`)
    .join(", ")}}`;
}

/** Where `actual` first departs from `shape`, or null when it has it. */
function shapeMismatch(shape: JsonShape, actual: unknown, path: string, onlyKeys: boolean): string | null {
  if (typeof shape === "string") {
    const fits =
      shape === "any" ||
      (shape === "integer" ? Number.isInteger(actual) : shape === typeName(actual));
    return fits ? null : `${path} is ${short(actual)}, not ${shape === "integer" ? "an integer" : `a${/^[aeiou]/.test(shape) ? "n" : ""} ${shape}`}`;
  }
  if (Array.isArray(shape)) {
    if (!Array.isArray(actual)) return `${path} is ${short(actual)}, not an array`;
    for (let i = 0; i < actual.length; i++) {
      const mismatch = shapeMismatch(shape[0], actual[i], `${path}[${i}]`, onlyKeys);
      if (mismatch) return mismatch;
    }
    return null;
  }
  if (typeName(actual) !== "object") return `${path} is ${short(actual)}, not an object`;
  const record = actual as Record<string, unknown>;
  for (const [key, value] of Object.entries(shape)) {
    if (!(key in record)) return `${childPath(path, key)} is missing`;
    const mismatch = shapeMismatch(value, record[key], childPath(path, key), onlyKeys);
    if (mismatch) return mismatch;
  }
  if (onlyKeys) {
    const extra = Object.keys(record).filter((key) => !(key in shape));
    if (extra.length) return `${path} has extra key${extra.length > 1 ? "s" : ""} ${extra.map((k) => JSON.stringify(k)).join(", ")}`;
  }
  return null;
}

function childPath(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
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

// ---- Logs ------------------------------------------------------------------------

const LEVELS: LogLevel[] = ["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"];

/** A logging record at `level` or above (print output has no level and never counts). */
function atLeast(entry: LogEntry, level: LogLevel): boolean {
  const rank = LEVELS.indexOf(entry.level as LogLevel);
  return entry.source === "logging" && rank >= LEVELS.indexOf(level);
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
  const outcome = evaluateKind(expectation, response, context);
  const why = outcome.why ?? expectation.why;
  return outcome.pass || why === undefined ? outcome : { ...outcome, why };
}

/** The body parsed as JSON, or a result saying it is not JSON. */
function parseBody(response: CheckResponse, description: string, expected: string): { json: unknown } | ExpectationResult {
  const text = bodyText(response.body);
  try {
    return { json: JSON.parse(text) };
  } catch {
    return result(false, description, expected, `not JSON: ${describeBody(text)}`);
  }
}

function evaluateKind(expectation: ExpectationKind, response: CheckResponse, context: EvaluateContext): ExpectationResult {
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
    if ("count" in expectation) {
      const times = (n: number) => (n === 1 ? "once" : `${n} times`);
      return result(
        values.length === expectation.count,
        `${name} header is sent ${times(expectation.count)}`,
        times(expectation.count),
        values.length === 0 ? actual : `${times(values.length)}: ${actual}`,
      );
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

  if ("headerNames" in expectation) {
    const sent = headers.map(([name]) => name);
    const same =
      sent.length === expectation.headerNames.length &&
      sent.every((name, i) => name.toLowerCase() === expectation.headerNames[i]!.toLowerCase());
    return result(same, `Headers are sent as ${expectation.headerNames.join(", ")}`, expectation.headerNames.join(", "), sent.join(", ") || "no headers");
  }

  if ("statusLine" in expectation) {
    const actual = `${response.status} ${response.reason ?? ""}`.trim();
    return result(actual === expectation.statusLine, `Status line is ${expectation.statusLine}`, expectation.statusLine, actual);
  }

  if ("logged" in expectation || "notLogged" in expectation) {
    const logs = (response.logs ?? []).filter((entry) => entry.source !== "server");
    const shown = logs.length ? logs.map((entry) => quote(`${entry.level ?? entry.source}: ${entry.message}`)).join(", ") : "nothing logged";
    if ("notLogged" in expectation) {
      const level = expectation.notLogged.level;
      const found = logs.filter((entry) => atLeast(entry, level));
      return result(found.length === 0, `Nothing is logged at ${level} or above`, `nothing at ${level} or above`, found.length ? shown : "nothing");
    }
    const { level, contains } = expectation.logged;
    const found = logs.some(
      (entry) =>
        (level === undefined || atLeast(entry, level)) &&
        (contains === undefined || `${entry.message}\n${entry.error?.text ?? ""}`.includes(contains)),
    );
    const wanted = [level ? `${/^[AEIOU]/.test(level) ? "an" : "a"} ${level} line` : "a line", contains ? `containing ${quote(contains)}` : ""].filter(Boolean).join(" ");
    return result(found, `The app logs ${wanted} while answering`, wanted, shown);
  }

  if ("jsonSubset" in expectation) {
    const expected = JSON.stringify(expectation.jsonSubset);
    const description = `JSON body contains ${expected.length > 80 ? `${expected.slice(0, 80)}…` : expected}`;
    const parsed = parseBody(response, description, expected);
    if (!("json" in parsed)) return parsed;
    const mismatch = subsetMismatch(expectation.jsonSubset, parsed.json, "$");
    return result(mismatch === null, description, expected, mismatch ?? short(parsed.json));
  }

  if ("jsonShape" in expectation) {
    const expected = describeShape(expectation.jsonShape) + (expectation.onlyKeys ? " (no other keys)" : "");
    const description = `JSON body has the shape ${expected}`;
    const parsed = parseBody(response, description, expected);
    if (!("json" in parsed)) return parsed;
    const mismatch = shapeMismatch(expectation.jsonShape, parsed.json, "$", expectation.onlyKeys === true);
    return result(mismatch === null, description, expected, mismatch ?? short(parsed.json));
  }

  if ("noPitfall" in expectation) {
    const found = findPitfalls({ ...response, method: context.method }).find((p) => p.id === expectation.noPitfall);
    const description = `The inspector finds no "${expectation.noPitfall}" pitfall`;
    if (!found) return result(true, description, "no such pitfall", "none");
    return { ...result(false, description, "no such pitfall", `${found.title}: ${found.evidence}`), why: found.detail };
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

const PLACEHOLDER = /\{(location|json(?:\.[^}]+)?)\}/g;

/**
 * A step's request with {location} and {json.a.b} filled in from the previous
 * response; throws when that response has no such value.
 */
export function fillPlaceholders(request: LessonRequest, previous: CheckResponse | null, previousPath: string): LessonRequest {
  const fill = (text: string) =>
    text.replace(PLACEHOLDER, (_, name: string) => {
      if (!previous) throw new Error(`{${name}} needs an earlier step`);
      if (name === "location") {
        const location = headerValues(previous.headers, "location")[0];
        if (location === undefined) throw new Error("the previous response has no Location header to follow");
        return resolveLocation(location, previousPath);
      }
      let value: unknown;
      try {
        value = JSON.parse(bodyText(previous.body));
      } catch {
        throw new Error(`the previous response is not JSON, so {${name}} has no value`);
      }
      for (const key of name.split(".").slice(1)) {
        value = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
      }
      if (value === undefined || value === null || typeof value === "object") {
        throw new Error(`the previous response's JSON has no value at {${name}}`);
      }
      return String(value);
    });
  const filled: LessonRequest = { ...request, path: fill(request.path) };
  if (request.body !== undefined) filled.body = fill(request.body);
  return filled;
}

/**
 * Send a check's requests in order and evaluate every expectation. Cookies
 * the responses set are kept as a browser would and sent with later steps
 * (unless a step sends its own Cookie header). The check stops at the first
 * step that fails or cannot be sent.
 */
export async function runCheck(
  check: Check,
  send: (request: LessonRequest) => Promise<CheckResponse>,
): Promise<CheckResult> {
  const base = { id: check.id, title: check.title };
  const results: ExpectationResult[] = [];
  let jar: StoredCookie[] = [];
  let previous: CheckResponse | null = null;
  let previousPath = "/";
  for (const [index, step] of check.steps.entries()) {
    const at = check.steps.length > 1 ? `Step ${index + 1}: ` : "";
    let request: LessonRequest;
    let response: CheckResponse;
    try {
      request = fillPlaceholders(step.request, previous, previousPath);
      const cookie = cookieHeaderFor(jar, request.path, Date.now());
      const ownCookie = request.headers?.some(([name]) => name.toLowerCase() === "cookie");
      if (cookie !== null && !ownCookie) request = { ...request, headers: [...(request.headers ?? []), ["Cookie", cookie]] };
      response = await send(request);
    } catch (error) {
      return { ...base, pass: false, results, error: at + (error instanceof Error ? error.message : String(error)) };
    }
    const context = { requestPath: request.path, method: request.method };
    const stepResults = step.expect.map((expectation) => ({
      ...evaluateExpectation(expectation, response, context),
      ...(check.steps.length > 1 ? { step: index } : {}),
    }));
    results.push(...stepResults);
    if (stepResults.some((r) => !r.pass)) return { ...base, pass: false, results };
    jar = applySetCookies(jar, headerValues(response.headers, "set-cookie"), request.path, Date.now());
    previous = response;
    previousPath = request.path;
  }
  return { ...base, pass: true, results };
}
