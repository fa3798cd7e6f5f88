/**
 * The virtual server's URL space: everything under `<base>flask/` on the page's
 * own origin is answered by the learner's app. The prefix is stripped before
 * the app sees the request, so the app behaves exactly as under `flask run`
 * (request.path is "/hello", url_for gives "/hello"), like an app behind a
 * reverse proxy that strips a prefix. See docs/decisions/001-virtual-server-url-space.md.
 */

export const VIRTUAL_PREFIX = "flask";

/** Header the request builder adds to tie a fetch to its recorded exchange; never reaches the app. */
export const EXCHANGE_HEADER = "x-playground-exchange";
/**
 * Carries a Cookie header for the virtual host on a page's own fetch() (the
 * conformance tests use it): fetch() may not set Cookie itself (a forbidden
 * header), and the playground's own cookies must not reach the learner's app.
 * The handler turns it back into Cookie. The request builder needs none: its
 * headers travel beside the fetch (wire-request.ts).
 */
export const COOKIE_HEADER = "x-playground-cookie";
/** Header of the self-test request that checks the service worker answers. */
export const PROBE_HEADER = "x-playground-probe";

/** The absolute URL of the virtual server's root, e.g. "http://localhost:5173/flask/". */
export function virtualRoot(pageUrl: string, baseUrl: string): string {
  return new URL(`${baseUrl.replace(/\/?$/, "/")}${VIRTUAL_PREFIX}/`, pageUrl).href;
}

/** Where the page fetches `pathAndQuery` ("/items?page=2") of the learner's app. */
export function toVirtualUrl(pathAndQuery: string, root: string): string {
  const relative = pathAndQuery.replace(/^\/+/, "");
  return root + relative;
}

/** Split a virtual-server URL into the app's path and query (both still percent-encoded). */
export function fromVirtualUrl(url: string, root: string): { path: string; query: string } | null {
  if (!url.startsWith(root) && url !== root.slice(0, -1)) return null;
  const parsed = new URL(url);
  const rootPath = new URL(root).pathname;
  const path = "/" + parsed.pathname.slice(Math.min(rootPath.length, parsed.pathname.length));
  return { path: path.replace(/^\/\//, "/"), query: parsed.search.replace(/^\?/, "") };
}

/**
 * Normalise what a learner typed into a path and query the app would receive.
 * Spaces and non-ASCII are percent-encoded as a browser would; existing
 * escapes are kept.
 */
export function splitPathAndQuery(typed: string): { path: string; query: string } {
  const trimmed = typed.trim() || "/";
  // "//host/x" must not read as a scheme-relative URL: collapse leading slashes, as toVirtualUrl() does.
  const withSlash = "/" + trimmed.replace(/^[/\\\t\n\r]+/, "");
  const parsed = new URL(withSlash, "http://virtual.invalid");
  return { path: parsed.pathname, query: parsed.search.replace(/^\?/, "") };
}
