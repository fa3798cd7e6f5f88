/**
 * Parse a Set-Cookie header the way a browser does (RFC 6265 section 5.2,
 * with the RFC 6265bis additions SameSite and Partitioned).
 *
 * Parsing never fails: whatever the app sent, the result says what a browser
 * would read from it. Attributes a browser would ignore (an unparsable
 * Expires, a Max-Age that is not an integer, an empty Domain, a Path that does
 * not start with "/", an unknown SameSite value) are left out of the typed
 * fields but still listed in `attributes`, as written.
 */

/** One attribute after the name=value pair, as written (trimmed). `value` is null when there was no "=". */
export interface CookieAttribute {
  name: string;
  value: string | null;
}

/** What a browser reads from one Set-Cookie header. */
export interface SetCookie {
  name: string;
  /** The value as sent: quotes and escapes are kept (werkzeug may send `"a\054b"`). */
  value: string;
  /** Only when the attribute starts with "/"; otherwise the browser uses the default path. */
  path?: string;
  /** Lower-cased, leading "." removed. */
  domain?: string;
  /** The Expires value as written, only when it parses as a cookie date (see parseCookieDate). */
  expires?: string;
  /** Seconds; zero or negative means "delete now". */
  maxAge?: number;
  secure: boolean;
  httpOnly: boolean;
  /** "Strict", "Lax" or "None" (canonical spelling); absent when missing or unknown. */
  sameSite?: string;
  partitioned: boolean;
  attributes: CookieAttribute[];
}

/** RFC 6265 whitespace: space and horizontal tab. */
function trimWsp(text: string): string {
  return text.replace(/^[ \t]+|[ \t]+$/g, "");
}

/**
 * Parse one Set-Cookie header value (without the "Set-Cookie:" name).
 *
 * The first ";" ends the name=value pair and the first "=" in it splits name
 * from value; a pair without "=" is a nameless cookie whose value is the whole
 * pair (RFC 6265bis; browsers accept it). When an attribute repeats, the last
 * one wins. Empty segments (`a=1; ; Path=/`) are skipped.
 */
export function parseSetCookie(header: string): SetCookie {
  const semicolon = header.indexOf(";");
  const pair = semicolon === -1 ? header : header.slice(0, semicolon);
  const rest = semicolon === -1 ? "" : header.slice(semicolon + 1);
  const equals = pair.indexOf("=");
  const cookie: SetCookie = {
    name: equals === -1 ? "" : trimWsp(pair.slice(0, equals)),
    value: trimWsp(equals === -1 ? pair : pair.slice(equals + 1)),
    secure: false,
    httpOnly: false,
    partitioned: false,
    attributes: [],
  };
  if (rest === "") return cookie;

  for (const segment of rest.split(";")) {
    const eq = segment.indexOf("=");
    const name = trimWsp(eq === -1 ? segment : segment.slice(0, eq));
    const value = eq === -1 ? null : trimWsp(segment.slice(eq + 1));
    if (name === "" && value === null) continue;
    cookie.attributes.push({ name, value });
    applyAttribute(cookie, name.toLowerCase(), value ?? "");
  }
  return cookie;
}

function applyAttribute(cookie: SetCookie, name: string, value: string): void {
  switch (name) {
    case "expires":
      if (parseCookieDate(value) !== null) cookie.expires = value;
      break;
    case "max-age":
      if (/^-?\d+$/.test(value)) cookie.maxAge = Number(value) || 0; // "-0" becomes 0
      break;
    case "domain":
      if (value !== "") cookie.domain = value.replace(/^\./, "").toLowerCase();
      break;
    case "path":
      if (value.startsWith("/")) cookie.path = value;
      else delete cookie.path; // the browser falls back to the default path
      break;
    case "secure":
      cookie.secure = true;
      break;
    case "httponly":
      cookie.httpOnly = true;
      break;
    case "samesite": {
      const canonical = ({ strict: "Strict", lax: "Lax", none: "None" } as Record<string, string>)[value.toLowerCase()];
      if (canonical) cookie.sameSite = canonical;
      else delete cookie.sameSite;
      break;
    }
    case "partitioned":
      cookie.partitioned = true;
      break;
  }
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** RFC 6265 5.1.1 delimiters: %x09 / %x20-2F / %x3B-40 / %x5B-60 / %x7B-7E. */
const DELIMITERS = /[\t\x20-\x2f\x3b-\x40\x5b-\x60\x7b-\x7e]+/;

/**
 * Parse a cookie date with the RFC 6265 section 5.1.1 algorithm browsers use
 * (lenient about format: "Thu, 01 Jan 1970 00:00:00 GMT", "Thursday,
 * 01-Jan-70 00:00:00 GMT" and "Jan 1 1970 00:00:00" all work). Returns ms
 * since the epoch (UTC), or null when the date is not valid.
 */
export function parseCookieDate(text: string): number | null {
  let time: number[] | null = null;
  let day: number | null = null;
  let month: number | null = null;
  let year: number | null = null;
  for (const token of text.split(DELIMITERS)) {
    if (token === "") continue;
    let match: RegExpMatchArray | null;
    if (time === null && (match = /^(\d{1,2}):(\d{1,2}):(\d{1,2})(?:\D[^]*)?$/.exec(token))) {
      time = [Number(match[1]), Number(match[2]), Number(match[3])];
    } else if (day === null && (match = /^(\d{1,2})(?:\D[^]*)?$/.exec(token))) {
      day = Number(match[1]);
    } else if (month === null && MONTHS.includes(token.slice(0, 3).toLowerCase())) {
      month = MONTHS.indexOf(token.slice(0, 3).toLowerCase());
    } else if (year === null && (match = /^(\d{2,4})(?:\D[^]*)?$/.exec(token))) {
      year = Number(match[1]);
    }
  }
  if (time === null || day === null || month === null || year === null) return null;
  if (year >= 70 && year <= 99) year += 1900;
  else if (year >= 0 && year <= 69) year += 2000;
  const [hour, minute, second] = time;
  if (day < 1 || day > 31 || year < 1601 || hour > 23 || minute > 59 || second > 59) return null;
  const date = new Date(Date.UTC(year, month, day, hour, minute, second));
  return date.getUTCDate() === day ? date.getTime() : null; // 30 Feb and friends are invalid
}
