/**
 * A browser-like cookie jar for the one virtual host the learner's app runs
 * on, as immutable data (RFC 6265 sections 5.3 and 5.4, plus the RFC 6265bis
 * rules current browsers enforce: cookie name prefixes, the 4096-byte limit
 * and the 400-day cap on lifetimes).
 *
 * Paths are the app's paths ("/hello", as `request.path` shows them), not the
 * page's "/flask/hello". The Domain attribute is ignored: there is only one
 * host. Secure cookies are stored and sent because the virtual host is
 * http://localhost, which browsers treat as a secure context. SameSite never
 * blocks anything because every request comes from the app's own page.
 */
import { parseCookieDate, parseSetCookie } from "../inspector/set-cookie";

/** A cookie the jar holds. */
export interface StoredCookie {
  name: string;
  value: string;
  path: string;
  /** When the cookie expires, ms since the epoch; null for a session cookie (until the tab closes). */
  expiresAt: number | null;
  httpOnly: boolean;
  secure: boolean;
  sameSite?: string;
  /** When the cookie was first set; a replacement keeps the original time. */
  createdAt: number;
}

/** Browsers cap a cookie's lifetime at 400 days (RFC 6265bis section 5.5). */
export const MAX_COOKIE_LIFETIME_MS = 400 * 24 * 60 * 60 * 1000;
/** Browsers ignore a cookie whose name and value together exceed 4096 bytes. */
export const MAX_NAME_VALUE_BYTES = 4096;

/**
 * The default-path of a cookie set by a response to `requestPath` (RFC 6265
 * 5.1.4): the directory of the path, "/" for top-level paths. A query string
 * or fragment on `requestPath` is ignored.
 */
export function defaultPath(requestPath: string): string {
  const path = stripQuery(requestPath);
  if (!path.startsWith("/")) return "/";
  const lastSlash = path.lastIndexOf("/");
  return lastSlash === 0 ? "/" : path.slice(0, lastSlash);
}

/** Whether a cookie with `cookiePath` is sent with a request to `requestPath` (RFC 6265 5.1.4 path-match). */
export function pathMatches(requestPath: string, cookiePath: string): boolean {
  const path = stripQuery(requestPath) || "/";
  if (path === cookiePath) return true;
  if (!path.startsWith(cookiePath)) return false;
  return cookiePath.endsWith("/") || path[cookiePath.length] === "/";
}

function stripQuery(path: string): string {
  return path.replace(/[?#][^]*$/, "");
}

function isExpired(cookie: StoredCookie, now: number): boolean {
  return cookie.expiresAt !== null && cookie.expiresAt <= now;
}

/**
 * The jar after a response to `requestPath` arrived at time `now` with these
 * Set-Cookie header values, applied in order. Max-Age wins over Expires; a
 * Max-Age of zero or less, or an Expires in the past, deletes the cookie with
 * the same name and path. A cookie with the same name and path as a stored one
 * replaces it in place and keeps its createdAt. Expired cookies are dropped.
 * Rejected like a browser would: a nameless cookie with an empty value, more
 * than 4096 bytes of name and value, a `__Secure-` cookie without Secure, a
 * `__Host-` cookie without Secure, with a Domain or with a Path other than "/".
 */
export function applySetCookies(jar: StoredCookie[], setCookieHeaders: string[], requestPath: string, now: number): StoredCookie[] {
  let result = jar.filter((cookie) => !isExpired(cookie, now));
  for (const header of setCookieHeaders) {
    const parsed = parseSetCookie(header);
    if (parsed.name === "" && parsed.value === "") continue;
    if (new TextEncoder().encode(parsed.name + parsed.value).byteLength > MAX_NAME_VALUE_BYTES) continue;
    const lowerName = parsed.name.toLowerCase();
    if (lowerName.startsWith("__secure-") && !parsed.secure) continue;
    if (lowerName.startsWith("__host-") && (!parsed.secure || parsed.domain !== undefined || parsed.path !== "/")) continue;

    let expiresAt: number | null = null;
    if (parsed.maxAge !== undefined) {
      expiresAt = parsed.maxAge <= 0 ? Number.NEGATIVE_INFINITY : now + parsed.maxAge * 1000;
    } else if (parsed.expires !== undefined) {
      expiresAt = parseCookieDate(parsed.expires);
    }
    if (expiresAt !== null) expiresAt = Math.min(expiresAt, now + MAX_COOKIE_LIFETIME_MS);

    const path = parsed.path ?? defaultPath(requestPath);
    const index = result.findIndex((cookie) => cookie.name === parsed.name && cookie.path === path);
    const cookie: StoredCookie = {
      name: parsed.name,
      value: parsed.value,
      path,
      expiresAt,
      httpOnly: parsed.httpOnly,
      secure: parsed.secure,
      createdAt: index === -1 ? now : result[index].createdAt,
    };
    if (parsed.sameSite !== undefined) cookie.sameSite = parsed.sameSite;

    const expired = isExpired(cookie, now);
    if (index === -1) {
      if (!expired) result = [...result, cookie];
    } else {
      result = expired ? result.filter((_, i) => i !== index) : result.map((old, i) => (i === index ? cookie : old));
    }
  }
  return result;
}

/**
 * The Cookie header a browser sends with a request to `requestPath` at time
 * `now` ("a=1; b=2"), or null when no cookie applies. Cookies with longer
 * paths come first, then earlier createdAt, then jar order (RFC 6265 5.4).
 */
export function cookieHeaderFor(jar: StoredCookie[], requestPath: string, now: number): string | null {
  const cookies = jar
    .filter((cookie) => !isExpired(cookie, now) && pathMatches(requestPath, cookie.path))
    .sort((a, b) => b.path.length - a.path.length || a.createdAt - b.createdAt);
  if (cookies.length === 0) return null;
  return cookies.map((cookie) => (cookie.name === "" ? cookie.value : `${cookie.name}=${cookie.value}`)).join("; ");
}

/** The jar without the cookies that have expired by `now` (session cookies stay). */
export function pruneExpired(jar: StoredCookie[], now: number): StoredCookie[] {
  return jar.filter((cookie) => !isExpired(cookie, now));
}
