/**
 * Spot common mistakes in a response a Flask app sent, each with what to do
 * about it in Flask. The checks are deliberately conservative: a normal
 * jsonify() answer, an HTML page, a redirect() or an error with a proper 4xx
 * status produce no pitfalls.
 */
import type { Header } from "../runtime/protocol";
import { decodeText, isJsonType, mediaType } from "./body-text";

/** One mistake found in a response. */
export interface Pitfall {
  /**
   * Stable id: "error-with-2xx", "json-as-html", "invalid-json", "traceback-leak",
   * "redirect-without-location", "created-without-location", "body-on-no-content".
   */
  id: string;
  severity: "warning" | "error";
  title: string;
  /** What happened and what to do in Flask. */
  detail: string;
}

/** The parts of an exchange the checks look at. */
export interface PitfallInput {
  status: number;
  headers: Header[];
  body: Uint8Array;
  /** The request method; a HEAD response has no body, so body checks are skipped. */
  method?: string;
}

/** Text bodies longer than this (visible characters) are pages, not error messages. */
export const SHORT_TEXT_LIMIT = 300;
const ERROR_WORDS = /\b(error|not found|failed|invalid|exception|traceback)\b/i;
const TRACEBACK_MARKERS = [
  "Traceback (most recent call last)",
  "Werkzeug Debugger",
  "__debugger__",
  "The debugger caught an exception in your WSGI application",
];
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const NO_PARSE = Symbol("not JSON");

function header(headers: Header[], name: string): string | undefined {
  const lower = name.toLowerCase();
  return headers.find(([key]) => key.toLowerCase() === lower)?.[1];
}

function parseJson(text: string | null): unknown {
  if (text === null) return NO_PARSE;
  try {
    return JSON.parse(text);
  } catch {
    return NO_PARSE;
  }
}

function isStructured(value: unknown): value is object {
  return typeof value === "object" && value !== null;
}

/** A value that actually reports something: not null, false, "", [] or {}. */
function isMeaningful(value: unknown): boolean {
  if (value === null || value === false || value === "" || value === undefined) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "object") return Object.keys(value).length > 0;
  return true;
}

/** The text a reader sees: HTML tags, scripts and styles removed, whitespace collapsed. */
function visibleText(text: string, html: boolean): string {
  const stripped = html
    ? text.replace(/<(script|style)\b[^]*?<\/\1\s*>/gi, " ").replace(/<!--[^]*?-->/g, " ").replace(/<[^>]*>/g, " ")
    : text;
  return stripped.replace(/\s+/g, " ").trim();
}

function looksLikeError(status: number, type: string, text: string | null, json: unknown): boolean {
  if (status < 200 || status > 299) return false;
  if (isStructured(json)) {
    if (Array.isArray(json)) return false;
    return ["error", "errors"].some((key) => Object.hasOwn(json, key) && isMeaningful((json as Record<string, unknown>)[key]));
  }
  if (text === null || (type !== "text/html" && type !== "text/plain")) return false;
  const visible = visibleText(text, type === "text/html");
  return visible.length > 0 && visible.length <= SHORT_TEXT_LIMIT && ERROR_WORDS.test(visible);
}

/** Every pitfall found in the response, in a fixed order (the order of the ids listed on Pitfall). */
export function findPitfalls({ status, headers, body, method }: PitfallInput): Pitfall[] {
  const found: Pitfall[] = [];
  const contentType = header(headers, "Content-Type");
  const type = mediaType(contentType);
  const location = header(headers, "Location")?.trim();
  const checkBody = (method ?? "GET").toUpperCase() !== "HEAD" && body.byteLength > 0;
  const text = checkBody ? decodeText(body) : null;
  const json = parseJson(text);

  if (checkBody && looksLikeError(status, type, text, json)) {
    found.push({
      id: "error-with-2xx",
      severity: "warning",
      title: `Error message sent with ${status}`,
      detail:
        `The body reports an error, but the status ${status} tells clients (and fetch's response.ok) that everything worked. ` +
        'Send an error status with it: return {"error": "..."}, 400 — or abort(404) — instead of the default 200.',
    });
  }

  if (checkBody && isStructured(json) && (type === "text/html" || type === "text/plain")) {
    found.push({
      id: "json-as-html",
      severity: "warning",
      title: `JSON sent as ${type}`,
      detail:
        `The body is JSON but Content-Type says ${type}, ` +
        "which is what Flask sends when a view returns a string such as json.dumps(data). " +
        "Return the dict or list itself, or jsonify(data), and Flask sends it as application/json.",
    });
  }

  if (checkBody && isJsonType(contentType) && json === NO_PARSE) {
    found.push({
      id: "invalid-json",
      severity: "error",
      title: "Content-Type says JSON, body is not JSON",
      detail:
        `The response is labelled ${type} but the body does not parse as JSON, so clients that trust the label fail. ` +
        "Let Flask build the JSON by returning a dict or list, or jsonify(...), " +
        'instead of formatting the string yourself or setting mimetype="application/json" on other text.',
    });
  }

  if (checkBody) {
    const loose = new TextDecoder().decode(body);
    if (TRACEBACK_MARKERS.some((marker) => loose.includes(marker))) {
      found.push({
        id: "traceback-leak",
        severity: "error",
        title: "Python traceback sent to the client",
        detail:
          "The body shows a traceback or the Werkzeug debugger, which reveals your code, file paths and sometimes secrets " +
          "(the debugger even runs code). Never run with debug=True or return traceback.format_exc() in production; " +
          "log the exception with app.logger.exception(...) and return a friendly page from @app.errorhandler(500).",
      });
    }
  }

  if (REDIRECTS.has(status) && !location) {
    found.push({
      id: "redirect-without-location",
      severity: "error",
      title: `${status} redirect without a Location`,
      detail:
        `A ${status} tells the client to go elsewhere, but without a Location header it cannot know where, ` +
        "so the browser just shows this response. " +
        'Use return redirect(url_for("endpoint")), which sets Location, ' +
        `or add it yourself: return "", ${status}, {"Location": url_for("endpoint")}.`,
    });
  }

  if (status === 201 && !location) {
    found.push({
      id: "created-without-location",
      severity: "warning",
      title: "201 Created without a Location",
      detail:
        "A 201 says a new resource was made; clients expect a Location header pointing at it. " +
        'Add one: return jsonify(item), 201, {"Location": url_for("get_item", item_id=item["id"])}.',
    });
  }

  if (status === 204 || status === 304) {
    const declared = Number(header(headers, "Content-Length")?.trim() ?? "0");
    if (declared > 0 || body.byteLength > 0) {
      const amount = declared > 0 ? `Content-Length: ${declared}` : `${body.byteLength} bytes of body`;
      found.push({
        id: "body-on-no-content",
        severity: "error",
        title: `${status} with a body`,
        detail:
          `A ${status} response never has a body, yet this one has ${amount}; ` +
          "clients stop at the blank line and the extra bytes can break the next response on the connection. " +
          (status === 204
            ? 'Return an empty body: return "", 204.'
            : "Let Flask build the 304: call response.make_conditional(request) or use send_file(), which answer If-None-Match for you."),
      });
    }
  }

  return found;
}
