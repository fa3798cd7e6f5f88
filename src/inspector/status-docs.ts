/**
 * Plain-language meanings of HTTP status codes for learners, with the Flask
 * way to send them where it helps. Data, not logic: add a row to STATUS_DOCS
 * to document another code. Sources: RFC 9110, RFC 6585, RFC 7725, MDN.
 */

/** The class of a status code, from its first digit. */
export type StatusClass = "informational" | "success" | "redirection" | "client-error" | "server-error" | "invalid";

/** What a status code means. */
export interface StatusDoc {
  className: StatusClass;
  meaning: string;
}

/** One-liners per code; each starts with the standard reason phrase. */
export const STATUS_DOCS: Readonly<Record<number, string>> = {
  100: "Continue: the server read the headers and tells the client to go on sending the body (after Expect: 100-continue).",
  101: "Switching Protocols: the server agrees to the Upgrade header, e.g. to WebSocket; plain Flask views never send it.",
  103: "Early Hints: a preliminary response with Link headers so the browser can start loading assets before the real answer.",
  200: "OK: the request worked and the body holds the result; what Flask sends when a view just returns a value.",
  201: "Created: the request made a new resource; an API usually adds a Location header pointing at it.",
  202: "Accepted: the request was queued but not done yet, e.g. handed to a background job; the body often says where to check progress.",
  203: "Non-Authoritative Information: a proxy changed the origin server's 200 response on the way.",
  204: 'No Content: it worked and there is nothing to send back; the body must be empty (return "", 204).',
  205: "Reset Content: it worked; the client should clear the form or view that sent the request.",
  206: "Partial Content: only the byte range the Range header asked for; send_file(..., conditional=True) answers these for you.",
  207: "Multi-Status: a WebDAV answer whose body holds a separate status for each of several resources.",
  300: "Multiple Choices: the resource has several representations and the client should pick one; rarely used.",
  301: "Moved Permanently: the resource lives at the Location URL for good; browsers and search engines remember it, and browsers turn a POST into a GET.",
  302: "Found: the resource is temporarily at the Location URL; redirect() sends this by default, and browsers turn a POST into a GET.",
  303: "See Other: look at the Location URL with GET, the usual answer after a form POST succeeds (redirect(url, code=303)).",
  304: "Not Modified: the client's cached copy (If-None-Match / If-Modified-Since) is still good, so no body is sent.",
  307: "Temporary Redirect: repeat the same request, same method and body, at the Location URL for now.",
  308: "Permanent Redirect: repeat the same request, same method and body, at the Location URL from now on; Flask uses it to add a missing trailing slash.",
  400: 'Bad Request: the server could not understand the request, e.g. malformed JSON or a missing form field (request.form["x"] raises it).',
  401: "Unauthorized: you are not authenticated (no or bad credentials); the response must carry a WWW-Authenticate header saying how to log in.",
  402: "Payment Required: reserved; some APIs use it when a plan or quota needs paying for.",
  403: "Forbidden: the server knows who you are (or does not care) and still refuses; logging in again will not help.",
  404: "Not Found: nothing matches this URL; Flask sends it for unknown routes and abort(404).",
  405: "Method Not Allowed: the URL exists but not for this method; the Allow header lists the methods the route accepts.",
  406: "Not Acceptable: the server has no representation matching the request's Accept headers.",
  407: "Proxy Authentication Required: like 401, but a proxy between client and server wants the credentials.",
  408: "Request Timeout: the client took too long to send the request and the server gave up on the connection.",
  409: "Conflict: the request clashes with the resource's current state, e.g. a username that is already taken or an edit based on an old version.",
  410: "Gone: the resource existed but was removed on purpose and will not come back; a stronger 404.",
  411: "Length Required: the server wants a Content-Length header on this request body.",
  412: "Precondition Failed: a conditional header such as If-Match did not hold, so nothing was changed (protects against lost updates).",
  413: "Content Too Large: the request body is bigger than the server accepts; Flask sends it when MAX_CONTENT_LENGTH is exceeded.",
  414: "URI Too Long: the URL is longer than the server will read, often a GET that should have been a POST.",
  415: "Unsupported Media Type: the server does not accept the body's Content-Type; request.get_json() sends it when the request is not JSON.",
  416: "Range Not Satisfiable: the Range header asks for bytes outside the resource.",
  417: "Expectation Failed: the server cannot meet the request's Expect header.",
  418: "I'm a teapot: an April Fools' joke from RFC 2324, kept as a reserved code; abort(418) works in Flask.",
  421: "Misdirected Request: the request reached a server that cannot answer for this host, e.g. a reused HTTP/2 connection.",
  422: "Unprocessable Content: the body is well-formed (valid JSON) but its values fail validation, e.g. an email field that is not an email.",
  423: "Locked: the WebDAV resource is locked.",
  425: "Too Early: the server will not risk replaying a request sent in TLS early data.",
  426: "Upgrade Required: the server refuses this protocol; the Upgrade header names one to switch to.",
  428: "Precondition Required: the server wants a conditional request (If-Match) to avoid lost updates.",
  429: "Too Many Requests: the client hit a rate limit; a Retry-After header says how long to wait.",
  431: "Request Header Fields Too Large: one header, or all of them together, is too big, often an oversized Cookie header.",
  451: "Unavailable For Legal Reasons: the resource is blocked for legal reasons, such as a court order.",
  500: "Internal Server Error: the server hit an unexpected error; in Flask usually an uncaught exception in your view, and the traceback is in the logs.",
  501: "Not Implemented: the server does not support the method at all (for any URL).",
  502: "Bad Gateway: a proxy or gateway in front of the app got an invalid answer, or none, from the app.",
  503: "Service Unavailable: the server cannot handle the request right now (overloaded or down for maintenance); Retry-After may say when to come back.",
  504: "Gateway Timeout: a proxy or gateway in front of the app gave up waiting for the app's answer.",
  505: "HTTP Version Not Supported: the server refuses the HTTP version of the request.",
  507: "Insufficient Storage: the server cannot store what the request needs.",
  511: "Network Authentication Required: a captive portal (hotel or airport Wi-Fi) wants you to log in first.",
};

/** Fallback meanings for codes not in STATUS_DOCS, by class. */
export const CLASS_DOCS: Readonly<Record<StatusClass, string>> = {
  informational: "Informational (1xx): a provisional answer while the request is still being processed; the final response comes after it.",
  success: "Success (2xx): the request was received, understood and accepted.",
  redirection: "Redirection (3xx): the client has to do something more, usually follow the Location header, to finish the request.",
  "client-error": "Client error (4xx): the request is at fault, so sending it again unchanged will fail again.",
  "server-error": "Server error (5xx): the request looked fine but the server failed to answer it.",
  invalid: "Not a valid HTTP status code: status codes are three-digit numbers from 100 to 599.",
};

/** The class of a status code; "invalid" outside 100-599 or for non-integers. */
export function statusClass(code: number): StatusClass {
  if (!Number.isInteger(code) || code < 100 || code > 599) return "invalid";
  return (["informational", "success", "redirection", "client-error", "server-error"] as const)[Math.floor(code / 100) - 1];
}

/** What a status code means, in plain language; codes without a row get their class's meaning. */
export function describeStatus(code: number): StatusDoc {
  const className = statusClass(code);
  const meaning = className === "invalid" ? CLASS_DOCS.invalid : (STATUS_DOCS[code] ?? CLASS_DOCS[className]);
  return { className, meaning };
}
