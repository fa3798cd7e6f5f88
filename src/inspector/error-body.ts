/**
 * Does a body report an error? Used to catch an error sent with a 2xx status.
 *
 * Words are not enough: "Upload complete: 12 files saved, 0 failed.",
 * {"errors": []} and a page about error handling are all correct answers.
 * So the checks look at structure: a JSON object that is nothing but an error
 * envelope, or a short text whose first line is an error statement. Anything
 * in between is left alone; a missed borderline case costs less than a
 * warning on a correct response.
 */
import { SHORT_TEXT_LIMIT, collapse, elementText, firstLine, htmlText, quote } from "./response-text";

/** A first line that states an error, as opposed to one that mentions one ("Error rate: 0.2%", "0 failed"). */
const ERROR_STATEMENTS: RegExp[] = [
  /^traceback \(most recent call last\)/i,
  // A Python exception printed with str(): "ValueError: invalid literal for int()".
  /^(?:[a-z_]\w*\.)*[A-Z]\w*(?:Error|Exception)\s*:/,
  // "Error: …", "Error!", "Error 42", "Error occurred while …"; not "Error handling" or "Error rate: 0".
  // A count is not a statement: "Failed: 0" and "Error: 0" are left alone.
  /^(?:fatal\s+)?(?:error|exception|failure)(?:\s*[:!.#(\-–—](?!\s*\d)|\s+\d|\s+(?:occurred|while|when)\b|$)/i,
  /^failed(?:\s*[:!.](?!\s*\d)|\s+to\s+\w|$)/i,
  /^unable\s+to\s+\w/i,
  /^(?:could\s*n[o']t|cannot|can't)\s+(?:find|load|save|connect|create|delete|update|open|read|write|parse|process|send|access|complete|reach|authenticate|verify|validate)\b/i,
  /^(?:invalid|missing)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s*(?:[:.!]|$)/i,
  /^(?:not found|page not found|access denied|permission denied|forbidden|unauthori[sz]ed|bad request|internal server error|not allowed|no such [a-z]+)\s*(?:[:.!(\-–—]|$)/i,
  /^(?:oops\b[!.,]*\s*)?something went wrong/i,
  /^oops\b[!.,]*\s*(?:an?\s+)?error\b/i,
  // A status line as text: "404 Not Found", "Error 500: Internal Server Error".
  /^(?:http\s*)?(?:error\s*)?[45]\d\d\s*[:\-–—]?\s*(?:not found|bad request|unauthori[sz]ed|forbidden|method not allowed|conflict|gone|unprocessable (?:entity|content)|too many requests|internal server error|bad gateway|service unavailable|gateway timeout|error)\b/i,
  // "<subject> <failed>" with a short subject that is not a negation or a count: "Login failed", "User not found."
  /^(?!(?:no|none|nothing|zero|not|never|all|every)\b)(?:the\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}\s+(?:not found|was not found|could not be found|failed|does not exist|doesn't exist|is invalid|is required|is missing|already exists|has expired|is not allowed|denied|was denied|was rejected)\s*(?:[:.!,(\-–—]|$)/i,
];

/** Top-level keys whose non-empty value is an error report. */
const ERROR_KEYS = ["error", "errors", "error_message", "errorMessage"];
/** Top-level keys whose text may state an error. */
const MESSAGE_KEYS = ["message", "msg", "detail"];
/** Keys an error envelope is made of; an object with any other key is data and is left alone. */
const ENVELOPE_KEYS = new Set([
  ...ERROR_KEYS,
  ...MESSAGE_KEYS,
  ...["code", "error_code", "errorCode", "status", "status_code", "statusCode", "ok", "success"],
  ...["type", "title", "instance", "details", "description", "error_description", "hint", "reason"],
  ...["path", "timestamp", "request_id", "requestId", "trace_id", "traceback", "trace", "stack", "exception"],
]);
/** Strings that mean "no error" when they are an error field's value. */
const NO_ERROR_TEXT = new Set(["", "-", "none", "null", "nil", "ok", "success", "false", "0", "no", "n/a", "no error", "no errors"]);

/** Whether a line of text states an error (rather than mentioning one). */
export function isErrorStatement(line: string): boolean {
  const text = collapse(line);
  return ERROR_STATEMENTS.some((pattern) => pattern.test(text));
}

/** An error field's value that reports something: not null, false, 0, "", "none", [] or {} (also when nested). */
function reportsError(value: unknown): boolean {
  if (typeof value === "string") return !NO_ERROR_TEXT.has(value.trim().toLowerCase());
  if (value === true) return true;
  if (Array.isArray(value)) return value.some(reportsError);
  if (typeof value === "object" && value !== null) return Object.values(value).some(reportsError);
  return false;
}

function field(key: string, value: unknown): string {
  return quote(`${JSON.stringify(key)}: ${JSON.stringify(value)}`);
}

/** The first key of `keys` that the object has, with its value. */
function pick(object: Record<string, unknown>, keys: string[]): [string, unknown] | undefined {
  const key = keys.find((name) => Object.hasOwn(object, name));
  return key === undefined ? undefined : [key, object[key]];
}

/**
 * Why a parsed JSON body is an error report, or null. Only objects made of
 * nothing but envelope keys (error, message, status, code, …) qualify: a job
 * resource with "status": "failed", GraphQL's {"data", "errors"} or an import
 * summary with "errors": [] is data, not an error answer. A success marker
 * ("ok": true, "success": true, "status": "ok") always wins.
 */
export function jsonErrorEvidence(json: unknown): string | null {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return null;
  const object = json as Record<string, unknown>;
  const keys = Object.keys(object);
  if (!keys.length || !keys.every((key) => ENVELOPE_KEYS.has(key))) return null;

  const flag = pick(object, ["ok", "success"]);
  const status = pick(object, ["status", "status_code", "statusCode"]);
  const statusText = typeof status?.[1] === "string" ? status[1].toLowerCase() : "";
  if (flag?.[1] === true || ["ok", "success", "succeeded", "done", "completed"].includes(statusText)) return null;

  const error = pick(object, ERROR_KEYS);
  if (error && reportsError(error[1])) return `${field(...error)} at the top level of the JSON object`;

  const message = pick(object, MESSAGE_KEYS);
  const hasMessage = message !== undefined && typeof message[1] === "string" && message[1].trim() !== "";
  const failure = flag?.[1] === false ? flag : ["error", "fail"].includes(statusText) ? status : undefined;
  if (failure && hasMessage) return `${field(...failure)} with ${field(...message)}`;

  if (status && typeof status[1] === "number" && status[1] >= 400 && status[1] <= 599) return `${field(...status)} in the JSON body`;

  if (hasMessage && isErrorStatement(firstLine(message[1] as string))) return `${field(...message)} at the top level of the JSON object`;
  return null;
}

/**
 * Why a text or HTML body is an error message, or null: it is short and its
 * first line (for HTML: its title, first heading or first line of text)
 * states an error. A body that opens with a Python traceback is an error
 * message at any length.
 */
export function textErrorEvidence(text: string, html: boolean): string | null {
  const visible = html ? htmlText(text) : text;
  const lead = firstLine(visible);
  const isTraceback = /^traceback \(most recent call last\)/i.test(lead);
  if (!isTraceback && collapse(visible).length > SHORT_TEXT_LIMIT) return null;
  if (!html) return isErrorStatement(lead) ? `body starts with ${quote(lead)}` : null;

  const candidates: [string, string][] = [
    ["page title", elementText(text, "title")],
    ["page heading", elementText(text, "h1")],
    ["body starts with", lead],
  ];
  const hit = candidates.find(([, line]) => line && isErrorStatement(line));
  return hit ? `${hit[0]} ${quote(hit[1])}` : null;
}
