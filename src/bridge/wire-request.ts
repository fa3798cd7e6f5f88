/**
 * Build the WireRequest the app gets: what reaches a Flask server, header by
 * header in the order sent, with what the client adds marked as such.
 *
 * - The request builder's draft (either path, service worker or direct): the
 *   learner's headers in their order and case, forbidden ones included
 *   (Origin, Referer, Access-Control-Request-Method...: fetch() would drop
 *   them, so the draft travels beside the fetch, not in it), plus what any
 *   HTTP client adds: Host, Content-Length, the virtual host's cookies.
 * - A fetch() made by the page itself (an HTML preview, the console): the
 *   request as a browser sends it, the headers Chromium adds included.
 */
import type { Header, WireRequest } from "../runtime/protocol";
import { COOKIE_HEADER, EXCHANGE_HEADER, fromVirtualUrl, splitPathAndQuery } from "./virtual-server";

/** Methods whose requests a browser sends without a body. */
export const BODYLESS_METHODS = new Set(["GET", "HEAD"]);

/** Where a request header came from: typed (by the learner or the page's fetch), or added by the client. */
export type HeaderSource = "sent" | "added";

/** A WireRequest and, for each of its headers, where it came from. */
export interface BuiltRequest {
  wire: WireRequest;
  sources: HeaderSource[];
}

function serverOf(pageUrl: string): Pick<WireRequest, "scheme" | "serverName" | "serverPort"> & { host: string } {
  const url = new URL(pageUrl);
  const scheme = url.protocol === "https:" ? "https" : "http";
  const port = url.port ? Number(url.port) : scheme === "https" ? 443 : 80;
  return { scheme, serverName: url.hostname, serverPort: port, host: url.host };
}

function omitHost({ host: _host, ...rest }: ReturnType<typeof serverOf>) {
  return rest;
}

/**
 * The Content-Length a browser sends (Fetch standard, HTTP-network-or-cache
 * fetch): the body's length, "0" for a POST or PUT without a body, none for
 * any other method without one (a bodiless DELETE or OPTIONS has none).
 */
export function contentLengthFor(method: string, body: Uint8Array | null): string | null {
  if (body !== null) return String(body.byteLength);
  return method === "POST" || method === "PUT" ? "0" : null;
}

const isNamed = (name: string) => (header: Header) => header[0].toLowerCase() === name;

/** Headers in order with their sources, built up front to back. */
class HeaderList {
  readonly headers: Header[] = [];
  readonly sources: HeaderSource[] = [];
  add(header: Header, source: HeaderSource): void {
    this.headers.push(header);
    this.sources.push(source);
  }
}

/**
 * The builder's request (the draft's method, typed path, headers and encoded
 * body). A typed Host replaces the default one; a typed Content-Length is
 * replaced by the body's real length; `jarCookie` is sent only when no
 * Cookie was typed. Header values are trimmed as fetch() trims them.
 */
export function buildFromDraft(
  draft: { method: string; path: string; headers: Header[]; body: Uint8Array | null },
  pageUrl: string,
  jarCookie: (path: string) => string | null = () => null,
): BuiltRequest {
  const server = serverOf(pageUrl);
  const method = draft.method.toUpperCase();
  const location = splitPathAndQuery(draft.path);
  const typed = draft.headers.map(([name, value]): Header => [name, value.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, "")]);
  const body = BODYLESS_METHODS.has(method) ? null : draft.body;
  const length = contentLengthFor(method, body);
  const list = new HeaderList();
  const host = typed.find(isNamed("host"));
  list.add(host ?? ["Host", server.host], host ? "sent" : "added");
  for (const header of typed) {
    const name = header[0].toLowerCase();
    if (name !== "host" && name !== "content-length") list.add(header, "sent");
  }
  if (length !== null) list.add(["Content-Length", length], "added");
  const cookie = typed.some(isNamed("cookie")) ? null : jarCookie(location.path);
  if (cookie) list.add(["Cookie", cookie], "added");
  return {
    wire: {
      method,
      ...location,
      headers: list.headers,
      // A copy: the wire's body is transferred to the worker, the draft's may be sent again (a 307 hop).
      body: body ? body.slice() : length === null ? null : new Uint8Array(),
      ...omitHost(server),
    },
    sources: list.sources,
  };
}

/** `buildFromDraft` without the sources: the request a lesson check or a test sends. */
export function wireFromDraft(
  draft: { method: string; path: string; headers: Header[]; body: Uint8Array | null },
  pageUrl: string,
  jarCookie?: (path: string) => string | null,
): WireRequest {
  return buildFromDraft(draft, pageUrl, jarCookie).wire;
}

/** What the page's environment says about the browser (absent in Node). */
function browserIdentity(): { userAgent: string; languages: readonly string[] } {
  const nav = (globalThis as { navigator?: Navigator }).navigator;
  return { userAgent: nav?.userAgent ?? "Mozilla/5.0", languages: nav?.languages?.length ? nav.languages : ["en-US"] };
}

/** "en-US,en;q=0.9,de;q=0.8", as Chromium builds Accept-Language. */
function acceptLanguage(languages: readonly string[]): string {
  return languages.map((tag, index) => (index === 0 ? tag : `${tag};q=${Math.max(0.1, 1 - index / 10).toFixed(1)}`)).join(",");
}

/**
 * A fetch() made by the page, intercepted under the virtual root, as a
 * browser sends it to a server: Host, Connection, Content-Length, the
 * page's own headers (as fetch() exposes them: lower-case, sorted), then
 * what Chromium adds for a same-origin fetch (User-Agent, Accept, Origin for
 * methods other than GET and HEAD, Sec-Fetch-*, Referer, Accept-Encoding,
 * Accept-Language) and the virtual host's cookies. COOKIE_HEADER, when
 * present, is the Cookie to send instead of the jar's.
 */
export async function buildFromFetchRequest(
  request: Request,
  root: string,
  jarCookie: (path: string) => string | null = () => null,
): Promise<BuiltRequest> {
  const location = fromVirtualUrl(request.url, root);
  if (!location) throw new Error(`${request.url} is outside the virtual server (${root})`);
  const url = new URL(request.url);
  const method = request.method.toUpperCase();
  const bytes = BODYLESS_METHODS.has(method) ? null : new Uint8Array(await request.arrayBuffer());
  // msw hands the handler a copy of the request with its body as bytes, so an
  // empty body and none look alike: none is what a browser sends there.
  const body = bytes && (bytes.byteLength > 0 || method === "POST" || method === "PUT") ? bytes : null;
  const length = contentLengthFor(method, body);
  const { userAgent, languages } = browserIdentity();
  const list = new HeaderList();
  list.add(["Host", url.host], "added");
  list.add(["Connection", "keep-alive"], "added");
  if (length !== null) list.add(["Content-Length", length], "added");
  request.headers.forEach((value, name) => {
    // The browser's own cookies for the playground's origin are not the virtual host's.
    if (name !== EXCHANGE_HEADER && name !== COOKIE_HEADER && name !== "cookie") list.add([name, value], "sent");
  });
  list.add(["User-Agent", userAgent], "added");
  if (!request.headers.has("accept")) list.add(["Accept", "*/*"], "added");
  if (!BODYLESS_METHODS.has(method)) list.add(["Origin", url.origin], "added");
  list.add(["Sec-Fetch-Site", "same-origin"], "added");
  list.add(["Sec-Fetch-Mode", request.mode === "navigate" ? "navigate" : "cors"], "added");
  list.add(["Sec-Fetch-Dest", request.destination || "empty"], "added");
  if (/^https?:/.test(request.referrer)) list.add(["Referer", request.referrer], "added");
  list.add(["Accept-Encoding", "gzip, deflate, br, zstd"], "added");
  list.add(["Accept-Language", acceptLanguage(languages)], "added");
  const cookie = request.headers.get(COOKIE_HEADER) ?? jarCookie(location.path);
  if (cookie) list.add(["Cookie", cookie], "added");
  return {
    wire: { method, ...location, headers: list.headers, body, ...omitHost(serverOf(request.url)) },
    sources: list.sources,
  };
}

/** `buildFromFetchRequest` without the sources. */
export async function wireFromFetchRequest(request: Request, root: string, jarCookie?: (path: string) => string | null): Promise<WireRequest> {
  return (await buildFromFetchRequest(request, root, jarCookie)).wire;
}
