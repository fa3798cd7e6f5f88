/**
 * Build the WireRequest the app gets, from a fetch Request (the msw path) or
 * from the request builder's draft (the direct path). Both give the same
 * request, so the answer does not depend on which path carried it.
 */
import type { Header, WireRequest } from "../runtime/protocol";
import { COOKIE_HEADER, EXCHANGE_HEADER, fromVirtualUrl, splitPathAndQuery } from "./virtual-server";

/** Methods whose requests a browser sends without a body. */
export const BODYLESS_METHODS = new Set(["GET", "HEAD"]);

function serverOf(pageUrl: string): Pick<WireRequest, "scheme" | "serverName" | "serverPort"> & { host: string } {
  const url = new URL(pageUrl);
  const scheme = url.protocol === "https:" ? "https" : "http";
  const port = url.port ? Number(url.port) : scheme === "https" ? 443 : 80;
  return { scheme, serverName: url.hostname, serverPort: port, host: url.host };
}

/** Host always comes first, as a browser sends it; fetch() does not expose it. */
function withHost(headers: Header[], host: string): Header[] {
  const rest = headers.filter(([name]) => name.toLowerCase() !== "host");
  return [["Host", host], ...rest];
}

/**
 * The msw path: a Request intercepted under the virtual root. `jarCookie` is
 * what the virtual host's cookie jar sends for this path; an explicit cookie
 * from the request builder (COOKIE_HEADER) wins over it.
 */
export async function wireFromFetchRequest(
  request: Request,
  root: string,
  jarCookie: (path: string) => string | null = () => null,
): Promise<WireRequest> {
  const location = fromVirtualUrl(request.url, root);
  if (!location) throw new Error(`${request.url} is outside the virtual server (${root})`);
  const headers: Header[] = [];
  request.headers.forEach((value, name) => {
    // The browser's own cookies for the playground's origin are not the virtual host's.
    if (name !== EXCHANGE_HEADER && name !== COOKIE_HEADER && name !== "cookie") headers.push([name, value]);
  });
  const cookie = request.headers.get(COOKIE_HEADER) ?? jarCookie(location.path);
  if (cookie) headers.push(["Cookie", cookie]);
  const body = BODYLESS_METHODS.has(request.method) ? null : new Uint8Array(await request.arrayBuffer());
  return {
    method: request.method,
    ...location,
    headers: withHost(headers, new URL(request.url).host),
    body,
    ...omitHost(serverOf(request.url)),
  };
}

/** The direct path: the request builder's fields, as the browser would have sent them. */
export function wireFromDraft(
  draft: { method: string; path: string; headers: Header[]; body: Uint8Array | null },
  pageUrl: string,
): WireRequest {
  const server = serverOf(pageUrl);
  const method = draft.method.toUpperCase();
  return {
    method,
    ...splitPathAndQuery(draft.path),
    // fetch() trims header values (Fetch standard: normalize); so does this path.
    headers: withHost(
      draft.headers.map(([name, value]) => [name, value.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, "")]),
      server.host,
    ),
    body: BODYLESS_METHODS.has(method) ? null : (draft.body ?? new Uint8Array()),
    ...omitHost(server),
  };
}

function omitHost({ host: _host, ...rest }: ReturnType<typeof serverOf>) {
  return rest;
}
