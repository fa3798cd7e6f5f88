/**
 * One-line explanations of response headers for learners, with the Flask way
 * to set or read them where it helps. Data, not logic: add a row to
 * HEADER_DOCS (lower-case name) to document another header.
 */

/** Explanations keyed by lower-cased header name. */
export const HEADER_DOCS: Readonly<Record<string, string>> = {
  // ---- the body --------------------------------------------------------
  "content-type":
    'What the body is (media type) and its charset; Flask sends text/html; charset=utf-8 for strings and application/json for dicts, lists and jsonify(), or set mimetype="..." on a Response.',
  "content-length": "The body's size in bytes, so the client knows where it ends; werkzeug fills it in whenever the body's length is known.",
  "content-disposition":
    'Whether to show the body in the page (inline) or save it as a file (attachment; filename="report.csv"); send_file(..., as_attachment=True, download_name=...) sets it.',
  "content-encoding":
    "How the body was compressed (gzip, br); the client must decompress it before reading. Flask does not compress, a proxy or Flask-Compress does.",
  "content-language": "The natural language of the body for its audience, e.g. en or de-CH.",
  "content-range": "Which bytes of the whole resource this 206 Partial Content body holds, e.g. bytes 0-499/1234.",
  "accept-ranges": "Tells the client it may ask for byte ranges (bytes) to resume downloads or seek in media; send_file() enables it.",
  "transfer-encoding":
    "How the message is framed on the wire; chunked means the body comes in pieces of announced size, e.g. when the server streams a Flask generator response that has no Content-Length.",

  // ---- redirects and caching ---------------------------------------------
  location: "Where to go next: the target of a 3xx redirect, or the new resource after a 201 Created; redirect() and url_for() set it.",
  "cache-control":
    "Caching rules for browsers and proxies, e.g. no-store, no-cache (revalidate first) or public, max-age=3600; set response.cache_control.max_age = 3600 in Flask.",
  expires: "An older way to say how long a response may be cached: an absolute date; Cache-Control max-age wins when both are present.",
  etag: "A fingerprint of this version of the resource; the client sends it back in If-None-Match and gets 304 Not Modified if unchanged (response.add_etag() and make_conditional()).",
  "last-modified": "When the resource last changed; the client sends it back in If-Modified-Since to get 304 Not Modified when nothing changed.",
  age: "How many seconds a cache has held this response.",
  vary: "Which request headers change the response (e.g. Accept-Encoding, Cookie), so caches keep one copy per value; Flask adds Vary: Cookie when the view touches the session.",
  pragma: "An HTTP/1.0 relic (Pragma: no-cache); use Cache-Control instead.",

  // ---- method, auth, limits ------------------------------------------------
  allow: "The methods this URL accepts, sent with 405 Method Not Allowed and in answer to OPTIONS; Flask builds it from the route's methods=[...].",
  "www-authenticate":
    'How to authenticate, sent with 401 Unauthorized; Basic realm="admin" makes the browser show a login box (return "Log in", 401, {"WWW-Authenticate": \'Basic realm="admin"\'}).',
  "retry-after": "How long to wait before trying again, in seconds or as a date; used with 429 Too Many Requests and 503 Service Unavailable.",
  "set-cookie":
    "Stores a cookie in the browser, one header per cookie, with attributes such as Path, HttpOnly, Secure, SameSite and Max-Age; response.set_cookie() and the session write it.",
  link: 'Links to related resources, e.g. rel="next" for pagination or rel="preload" to fetch a stylesheet early.',

  // ---- CORS ---------------------------------------------------------------
  "access-control-allow-origin":
    "CORS: which other origin's JavaScript may read this response (one origin or *); without it the browser hides cross-origin responses. Flask-CORS sets it.",
  "access-control-allow-methods": "CORS: the methods a cross-origin request may use, sent in answer to a preflight OPTIONS request.",
  "access-control-allow-headers": "CORS: the request headers a cross-origin request may send, sent in answer to a preflight OPTIONS request.",
  "access-control-allow-credentials": "CORS: true lets cross-origin JavaScript send and read cookies; it cannot be combined with Allow-Origin: *.",
  "access-control-expose-headers": "CORS: which response headers cross-origin JavaScript may read beyond the few safe ones.",
  "access-control-max-age": "CORS: how many seconds the browser may cache a preflight answer.",

  // ---- security -------------------------------------------------------------
  "content-security-policy":
    "Which sources the page may load scripts, styles, images and frames from; the strongest defence against XSS (e.g. default-src 'self').",
  "content-security-policy-report-only": "A Content-Security-Policy that only reports violations instead of blocking, for trying a policy out.",
  "x-content-type-options":
    "nosniff stops the browser from guessing a different type than Content-Type says, so an upload cannot be run as a script.",
  "x-frame-options":
    "Whether other sites may show this page in a frame (DENY or SAMEORIGIN), against clickjacking; CSP frame-ancestors is the modern form.",
  "strict-transport-security": "HSTS: tells the browser to use only HTTPS for this host for max-age seconds; browsers ignore it over plain HTTP.",
  "referrer-policy":
    "How much of this page's URL the browser sends in the Referer header when leaving it; strict-origin-when-cross-origin is a good default.",
  "permissions-policy": "Which browser features (camera, microphone, geolocation...) the page and its frames may use, e.g. camera=().",
  "cross-origin-opener-policy":
    "same-origin puts the page in its own browsing context group, so windows it opens from other origins cannot reach it.",
  "cross-origin-resource-policy": "Which sites may embed this response (same-origin, same-site or cross-origin), against cross-site leaks.",
  "cross-origin-embedder-policy": "require-corp lets the page load only cross-origin resources that opt in; needed with COOP for SharedArrayBuffer.",
  "x-xss-protection": "Controlled an XSS filter old browsers had; deprecated, modern browsers ignore it and OWASP says set 0 or leave it out.",

  // ---- the connection ------------------------------------------------------
  connection: "Whether the TCP connection stays open after this response (keep-alive) or closes (close); hop-by-hop, so a WSGI app must not set it.",
  "keep-alive": "Hints for a kept-alive connection (timeout, max requests); hop-by-hop, set by the server, not the app.",
  date: "When the response was generated, in GMT; the server adds it (flask run does, not Flask itself).",
  server: "The software that answered, e.g. Werkzeug/3.1.3 Python/3.12 under flask run; production servers often hide the version.",
};

/** A one-line explanation of a header (any case, surrounding spaces ignored), or null when there is none. */
export function explainHeader(name: string): string | null {
  const key = name.trim().toLowerCase();
  return Object.hasOwn(HEADER_DOCS, key) ? HEADER_DOCS[key] : null; // not "constructor" from Object.prototype
}
