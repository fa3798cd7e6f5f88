/**
 * Turn the request builder's body draft into the bytes and Content-Type a
 * browser would send, so Flask's request.get_json(), request.form and
 * request.data see exactly what they would see from a real client.
 */

/** How the body is written in the request builder. */
export type BodyKind = "none" | "json" | "form" | "multipart" | "text";

/** One name/value row of a form or multipart body; disabled rows are not sent. */
export interface BodyField {
  name: string;
  value: string;
  enabled: boolean;
}

/** What the learner typed: `text` for json and text bodies, `fields` for form and multipart bodies. */
export interface BodyDraft {
  kind: BodyKind;
  text: string;
  fields: BodyField[];
}

/** The encoded body; both null for kind "none". */
export interface EncodedBody {
  bytes: Uint8Array | null;
  contentType: string | null;
}

/** RFC 2046 boundary: 1-70 of these characters, not ending in a space. */
const BOUNDARY = /^[0-9A-Za-z'()+_,\-./:=? ]{0,69}[0-9A-Za-z'()+_,\-./:=?]$/;
/** Characters that force the boundary parameter into quotes (RFC 2045 tspecials and space). */
const NEEDS_QUOTES = /[()<>@,;:\\"/[\]?= ]/;

const encoder = new TextEncoder();

/** Rows that are sent: enabled ones with a name (a blank row in the editor is not a field). */
function sentFields(fields: BodyField[]): BodyField[] {
  return fields.filter((field) => field.enabled && field.name !== "");
}

/** Normalise CR, LF and CRLF to CRLF, as browsers do for multipart form entries. */
function crlf(text: string): string {
  return text.replace(/\r\n|\r|\n/g, "\r\n");
}

/** Escape a field name for a quoted Content-Disposition parameter the way browsers do. */
function escapeName(name: string): string {
  return crlf(name).replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/"/g, "%22");
}

function multipart(fields: BodyField[], boundary: string): string {
  if (!BOUNDARY.test(boundary)) throw new RangeError(`Invalid multipart boundary: ${JSON.stringify(boundary)}`);
  const parts = fields.map(
    (field) => `--${boundary}\r\nContent-Disposition: form-data; name="${escapeName(field.name)}"\r\n\r\n${crlf(field.value)}\r\n`,
  );
  return `${parts.join("")}--${boundary}--\r\n`;
}

/**
 * Encode a body draft.
 * - none: no body, no Content-Type.
 * - json: the text as UTF-8 (not validated, so invalid JSON can be sent on purpose), `application/json`.
 * - form: the enabled, named fields URL-encoded by URLSearchParams (spaces as "+"),
 *   `application/x-www-form-urlencoded`.
 * - multipart: RFC 7578 with the given boundary and CRLF line ends; values have
 *   their line ends normalised to CRLF and names escape `"`, CR and LF as
 *   %22, %0D, %0A, as browsers do. `multipart/form-data; boundary=...`.
 *   Throws a RangeError for a boundary RFC 2046 does not allow. Use a random
 *   boundary: a field that contains it would split the body (not checked).
 * - text: the text as UTF-8, `text/plain; charset=utf-8`.
 */
export function encodeBody(body: BodyDraft, boundary: string): EncodedBody {
  switch (body.kind) {
    case "none":
      return { bytes: null, contentType: null };
    case "json":
      return { bytes: encoder.encode(body.text), contentType: "application/json" };
    case "text":
      return { bytes: encoder.encode(body.text), contentType: "text/plain; charset=utf-8" };
    case "form": {
      const params = new URLSearchParams(sentFields(body.fields).map((field): [string, string] => [field.name, field.value]));
      return { bytes: encoder.encode(params.toString()), contentType: "application/x-www-form-urlencoded" };
    }
    case "multipart": {
      const parameter = NEEDS_QUOTES.test(boundary) ? `"${boundary}"` : boundary;
      return {
        bytes: encoder.encode(multipart(sentFields(body.fields), boundary)),
        contentType: `multipart/form-data; boundary=${parameter}`,
      };
    }
  }
}

/**
 * Check that `text` is JSON: null when it parses, otherwise an error message
 * (the JavaScript engine's, which names the position; a friendlier one for an
 * empty body).
 */
export function validateJson(text: string): string | null {
  if (text.trim() === "") return "The body is empty; a JSON body needs a value such as {} or [].";
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
