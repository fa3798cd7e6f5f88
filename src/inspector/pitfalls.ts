/**
 * Spot common mistakes in a response a Flask app sent, each with what to do
 * about it in Flask and a quote of what in the response gave it away. The
 * checks are deliberately conservative: a normal jsonify() answer, an HTML
 * page (also one about errors), a redirect() or an error with a proper 4xx
 * status produce no pitfalls. pitfall-corpus.ts holds the labelled responses
 * that keep them honest.
 */
import type { Header } from "../runtime/protocol";
import { decodeText, isJsonType, mediaType } from "./body-text";
import { jsonErrorEvidence, textErrorEvidence } from "./error-body";
import { quote } from "./response-text";
import { tracebackEvidence } from "./traceback-evidence";

/** The kinds of mistake, in the order findPitfalls reports them. */
export const PITFALL_IDS = [
  "error-with-2xx",
  "json-as-html",
  "invalid-json",
  "traceback-leak",
  "redirect-without-location",
  "created-without-location",
  "body-on-no-content",
  "duplicate-header",
] as const;
export type PitfallId = (typeof PITFALL_IDS)[number];

/** One mistake found in a response. */
export interface Pitfall {
  id: PitfallId;
  severity: "warning" | "error";
  title: string;
  /** What happened and what to do in Flask. */
  detail: string;
  /**
   * What in this response triggered the warning, quoting it in “curly quotes”:
   * `body starts with “Error: user not found”`, `status “201” and no Location header`.
   */
  evidence: string;
}

/** The parts of an exchange the checks look at. */
export interface PitfallInput {
  status: number;
  headers: Header[];
  body: Uint8Array;
  /** The request method; a HEAD response has no body, so body checks are skipped. */
  method?: string;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/**
 * Headers that carry one value (RFC 9110, RFC 6266, Fetch): sent twice, each
 * client picks its own winner, or rejects the response (CORS does).
 */
const SINGLE_VALUED = [
  "Content-Type",
  "Content-Length",
  "Content-Disposition",
  "Content-Location",
  "Location",
  "ETag",
  "Last-Modified",
  "Expires",
  "Retry-After",
  "Access-Control-Allow-Origin",
  "Access-Control-Allow-Credentials",
];
const NO_PARSE = Symbol("not JSON");

function header(headers: Header[], name: string): Header | undefined {
  const lower = name.toLowerCase();
  return headers.find(([key]) => key.toLowerCase() === lower);
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

/** Why a 2xx body is an error report, or null. */
function errorEvidence(type: string, text: string | null, json: unknown): string | null {
  if (isStructured(json)) return jsonErrorEvidence(json);
  if (text === null || (type !== "text/html" && type !== "text/plain")) return null;
  return textErrorEvidence(text, type === "text/html");
}

function hexStart(body: Uint8Array): string {
  return Array.from(body.subarray(0, 4), (byte) => byte.toString(16).padStart(2, "0")).join(" ");
}

/**
 * Every pitfall found in the response, in the order of PITFALL_IDS, each with
 * the evidence that triggered it.
 */
export function findPitfalls({ status, headers, body, method }: PitfallInput): Pitfall[] {
  const found: Pitfall[] = [];
  const contentType = header(headers, "Content-Type");
  const typeLine = contentType ? quote(`${contentType[0]}: ${contentType[1]}`) : "";
  const type = mediaType(contentType?.[1]);
  const location = header(headers, "Location");
  const checkBody = (method ?? "GET").toUpperCase() !== "HEAD" && body.byteLength > 0;
  const text = checkBody ? decodeText(body) : null;
  const json = parseJson(text);

  const errorBody = checkBody && status >= 200 && status <= 299 ? errorEvidence(type, text, json) : null;
  if (errorBody) {
    found.push({
      id: "error-with-2xx",
      severity: "warning",
      title: `Error message sent with ${status}`,
      detail:
        `The body reports an error, but the status ${status} tells clients (and fetch's response.ok) that everything worked. ` +
        'Send an error status with it: return {"error": "..."}, 400 — or abort(404) — instead of the default 200.',
      evidence: errorBody,
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
      evidence: `${typeLine} but the body parses as JSON: ${quote(text ?? "", 60)}`,
    });
  }

  if (checkBody && isJsonType(contentType?.[1]) && json === NO_PARSE) {
    found.push({
      id: "invalid-json",
      severity: "error",
      title: "Content-Type says JSON, body is not JSON",
      detail:
        `The response is labelled ${type} but the body does not parse as JSON, so clients that trust the label fail. ` +
        "Let Flask build the JSON by returning a dict or list, or jsonify(...), " +
        'instead of formatting the string yourself or setting mimetype="application/json" on other text.',
      evidence:
        text === null
          ? `${typeLine} but the body is not UTF-8 text (${body.byteLength} bytes starting ${hexStart(body)})`
          : `${typeLine} but the body does not parse as JSON: ${quote(text, 60)}`,
    });
  }

  const leak = checkBody && text !== null ? tracebackEvidence(text, type === "text/html", json) : null;
  if (leak) {
    found.push({
      id: "traceback-leak",
      severity: "error",
      title: "Python traceback sent to the client",
      detail:
        "The body shows a traceback or the Werkzeug debugger, which reveals your code, file paths and sometimes secrets " +
        "(the debugger even runs code). Never run with debug=True or return traceback.format_exc() in production; " +
        "log the exception with app.logger.exception(...) and return a friendly page from @app.errorhandler(500).",
      evidence: leak,
    });
  }

  const noLocation = !location?.[1].trim();
  const locationEvidence = location ? `${quote(`${location[0]}:`)} is empty` : "no Location header";
  if (REDIRECTS.has(status) && noLocation) {
    found.push({
      id: "redirect-without-location",
      severity: "error",
      title: `${status} redirect without a Location`,
      detail:
        `A ${status} tells the client to go elsewhere, but without a Location header it cannot know where, ` +
        "so the browser just shows this response. " +
        'Use return redirect(url_for("endpoint")), which sets Location, ' +
        `or add it yourself: return "", ${status}, {"Location": url_for("endpoint")}.`,
      evidence: `status “${status}” and ${locationEvidence}`,
    });
  }

  if (status === 201 && noLocation) {
    found.push({
      id: "created-without-location",
      severity: "warning",
      title: "201 Created without a Location",
      detail:
        "A 201 says a new resource was made; clients expect a Location header pointing at it. " +
        'Add one: return jsonify(item), 201, {"Location": url_for("get_item", item_id=item["id"])}.',
      evidence: `status “201” and ${locationEvidence}`,
    });
  }

  if (status === 204 || status === 304) {
    const length = header(headers, "Content-Length");
    const declared = Number(length?.[1].trim() ?? "0");
    if (declared > 0 || body.byteLength > 0) {
      const amount = declared > 0 ? `Content-Length: ${declared}` : `${body.byteLength} bytes of body`;
      const shown = text ? `: ${quote(text, 40)}` : "";
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
        evidence:
          length && declared > 0
            ? `status “${status}” with ${quote(`${length[0]}: ${length[1]}`)}${shown}`
            : `status “${status}” with ${body.byteLength} bytes of body${shown}`,
      });
    }
  }

  const duplicated = SINGLE_VALUED.map((name) => headers.filter(([key]) => key.toLowerCase() === name.toLowerCase())).filter(
    (rows) => rows.length > 1,
  );
  if (duplicated.length) {
    const names = duplicated.map((rows) => rows[0]![0]);
    found.push({
      id: "duplicate-header",
      severity: "warning",
      title: `${names.join(" and ")} sent more than once`,
      detail:
        `${names.join(" and ")} must have one value, but the response sends ${duplicated.length > 1 ? "each" : "it"} more than once, ` +
        "so clients disagree on which one counts (and CORS rejects a doubled Access-Control-Allow-Origin). " +
        "response.headers.add(...) appends a second header beside the one Flask set; " +
        'assign instead, which replaces it: response.headers["Content-Type"] = "text/csv", or pass mimetype= to make_response or Response.',
      evidence: duplicated.map((rows) => rows.map(([key, value]) => quote(`${key}: ${value}`)).join(" and ")).join("; "),
    });
  }

  return found;
}
