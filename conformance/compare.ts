/**
 * Shared by the conformance suites (conformance.test.ts on Node,
 * e2e/conformance.spec.ts in the browser): the native runner's output, what
 * is normalised before comparing and nothing else, the allow-list, and the
 * per-case cookie jar. See docs/decisions/008-conformance-suite.md.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

export type Pair = [name: string, value: string];

/** One request of a case, as the native runner parsed it from the case's `# /// conformance` block. */
export interface CaseRequest {
  method: string;
  /** Percent-encoded path, without the query. */
  path: string;
  query: string;
  /** The case's own headers in order (Host and Content-Length are the client's). */
  headers: Pair[];
  /** Body bytes as base64; null when the request has none (always for GET and HEAD). */
  body: string | null;
  /** Send the cookies earlier responses of this case set (see CookieJar). */
  jar: boolean;
  /** Carries headers fetch() may not send (Origin...): only the request builder sends it, so the browser suite skips it. */
  builder: boolean;
  note: string | null;
}

/** A response as a server puts it on the wire. */
export interface WireAnswer {
  status: number;
  reason: string;
  headers: Pair[];
  /** Body bytes as base64. */
  body: string;
  /** Native only: the body ended early because the app raised while streaming it. */
  streamError?: string;
}

export interface NativeCase {
  name: string;
  title: string;
  note: string | null;
  /** Regular expressions; what they match in a body is masked on both sides (exception texts). */
  mask: string[];
  code: string;
  requests: CaseRequest[];
  responses?: WireAnswer[];
  /** The case could not run natively (a bug in the case). */
  error?: string;
  stderr?: string;
}

export interface NativeRun {
  python: string;
  versions: Record<string, string>;
  host: string;
  scheme: "http" | "https";
  seconds: number;
  cases: NativeCase[];
}

export const CONFORMANCE_DIR = import.meta.dirname;

/**
 * Run the corpus on native Flask (conformance/native_runner.py) with the
 * host's python3, isolated from its site-packages: Flask comes from the
 * repo's wheels only.
 */
export function runNative(host: string, scheme: "http" | "https" = "http"): NativeRun {
  const python = process.env.CONFORMANCE_PYTHON ?? "python3";
  const out = execFileSync(python, ["-I", "-S", "-B", join(CONFORMANCE_DIR, "native_runner.py"), "--host", host, "--scheme", scheme], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(out) as NativeRun;
}

// ---- what is normalised ---------------------------------------------------

const TIME = "<time>";

/**
 * The only changes made before comparing, to both sides alike:
 * - `Date` and `Expires` header values, and a Set-Cookie's `Expires=`: computed from now;
 * - `Allow`: its methods come from a Python set, whose order depends on the
 *   process's string-hash seed (two `flask run` processes differ); compared sorted;
 * - the timestamp and signature that end an itsdangerous-signed cookie value
 *   (Flask's session cookie): the timestamp is now, and the signature covers it;
 * - in bodies, what the case's own `mask` patterns match (exception texts that
 *   differ between CPython versions; each case says why), and then the
 *   Content-Length that counts them (see normalise).
 */
export function normaliseHeaders(headers: Pair[]): Pair[] {
  return headers.map(([name, value]) => {
    const lower = name.toLowerCase();
    if (lower === "date" || lower === "expires") return [name, TIME];
    if (lower === "allow")
      return [
        name,
        value
          .split(/\s*,\s*/)
          .sort()
          .join(", "),
      ];
    if (lower === "set-cookie") {
      const cookie = value
        .replace(/(;\s*Expires=)[^;]*/i, `$1${TIME}`)
        .replace(/^([^=;]+=\.?[A-Za-z0-9_-]+)\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27}(?=;|$)/, "$1.<timestamp>.<signature>");
      return [name, cookie];
    }
    return [name, value];
  });
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

export function fromBase64(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, "base64"));
}

export function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("base64");
}

/**
 * A body as readable text when it is UTF-8 (diffs read better), else base64;
 * with the case's masks applied. `masked` says whether a mask matched.
 */
export function normaliseBody(base64: string, masks: string[]): { body: string; masked: boolean } {
  const bytes = fromBase64(base64);
  let text: string;
  try {
    text = "text:" + utf8.decode(bytes);
  } catch {
    return { body: "base64:" + base64, masked: false };
  }
  const unmasked = text;
  for (const mask of masks) text = text.replace(new RegExp(mask, "g"), "<masked>");
  return { body: text, masked: text !== unmasked };
}

/** What is compared of a response, normalised. */
export interface Compared {
  status: number;
  reason: string;
  headers: Pair[];
  body: string;
}

/**
 * Where a mask hid part of the body, Content-Length follows the hidden text's
 * length: it is checked against the body's own length on each side, and
 * compared as "<body length>" when it is right.
 */
export function normalise(answer: WireAnswer, masks: string[]): Compared {
  const { body, masked } = normaliseBody(answer.body, masks);
  const length = fromBase64(answer.body).byteLength;
  let headers = normaliseHeaders(answer.headers);
  if (masked) {
    headers = headers.map(([name, value]): Pair =>
      name.toLowerCase() === "content-length" && value === String(length) ? [name, "<body length>"] : [name, value],
    );
  }
  return { status: answer.status, reason: answer.reason, headers, body };
}

/**
 * Headers as a page's fetch() exposes them (Fetch standard, "sort and
 * combine"): names lowercased and sorted, repeats joined with ", ",
 * Set-Cookie hidden (the playground keeps it out of the browser too).
 */
export function asFetchSeesThem(headers: Pair[]): Pair[] {
  const combined = new Map<string, string>();
  for (const [name, value] of headers) {
    const lower = name.toLowerCase();
    if (lower === "set-cookie") continue;
    const trimmed = value.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, "");
    combined.set(lower, combined.has(lower) ? `${combined.get(lower)}, ${trimmed}` : trimmed);
  }
  return [...combined].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

// ---- the allow-list -------------------------------------------------------

export type Side = "runtime" | "exchange" | "fetch";
export type Part = keyof Compared;

export interface AllowedDifference {
  case: string;
  /** Index of the request in the case; every request of the case when absent. */
  request?: number;
  /** runtime: the product's runtime on Node; exchange: the browser path's recorded exchange; fetch: what the page's fetch() sees. */
  side: Side;
  parts: Part[];
  reason: string;
}

export function loadAllowList(): AllowedDifference[] {
  const file = JSON.parse(readFileSync(join(CONFORMANCE_DIR, "allowed-differences.json"), "utf8")) as {
    differences: AllowedDifference[];
  };
  for (const entry of file.differences) {
    if (!entry.case || !entry.side || !entry.parts?.length || !entry.reason) {
      throw new Error(`allowed-differences.json: incomplete entry ${JSON.stringify(entry)}`);
    }
  }
  return file.differences;
}

export function allowedParts(list: AllowedDifference[], side: Side, caseName: string, request: number): Set<Part> {
  return new Set(
    list.filter((e) => e.side === side && e.case === caseName && (e.request === undefined || e.request === request)).flatMap((e) => e.parts),
  );
}

/**
 * Compare one response: returns the expected and actual views without the
 * allowed parts (for a readable toEqual diff), and the allowed parts that
 * turned out equal (a stale entry, which fails the suite: the list stays truthful).
 */
export function compareWithAllowList(
  expected: Compared,
  actual: Compared,
  allowed: Set<Part>,
): { expected: Partial<Compared>; actual: Partial<Compared>; stale: Part[] } {
  const e: Partial<Compared> = { ...expected };
  const a: Partial<Compared> = { ...actual };
  const stale: Part[] = [];
  for (const part of allowed) {
    if (JSON.stringify(expected[part]) === JSON.stringify(actual[part])) stale.push(part);
    delete e[part];
    delete a[part];
  }
  return { expected: e, actual: a, stale };
}

// ---- the per-case cookie jar ----------------------------------------------

/**
 * The cookies earlier responses of a case set, sent back on its `jar = true`
 * requests as name=value pairs (each side keeps its own: a session cookie's
 * signature differs). Same rules as CookieJar in native_runner.py: Max-Age=0
 * deletes, a replaced cookie keeps its place.
 */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  receive(headers: Pair[]): void {
    for (const [name, value] of headers) {
      if (name.toLowerCase() !== "set-cookie") continue;
      const [pair, ...attributes] = value.split(";");
      const eq = pair.indexOf("=");
      const key = (eq < 0 ? pair : pair.slice(0, eq)).trim();
      const val = eq < 0 ? "" : pair.slice(eq + 1).trim();
      if (attributes.some((a) => /^\s*max-age=0\s*$/i.test(a))) this.cookies.delete(key);
      else this.cookies.set(key, val);
    }
  }

  header(): string | null {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ") || null;
  }
}
