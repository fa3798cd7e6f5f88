/**
 * What a share link restores: the app's code, the request being built and the
 * open lesson. Nothing else (history, cookies, logs) travels in a link.
 *
 * This shape is the share-link contract and is deliberately declared here, not
 * borrowed from the store: links made today must keep meaning the same thing
 * when the store's shapes change. The app maps it to and from its draft.
 *
 * Everything that comes out of a link is untrusted input: `validateShareState`
 * checks every field and says, in words a learner understands, what is wrong.
 */

/** Header row as `[name, value, enabled]`. */
export type ShareHeader = [string, string, boolean];

export type ShareBodyKind = "none" | "json" | "form" | "multipart" | "text";

export interface ShareBodyField {
  name: string;
  value: string;
  enabled: boolean;
}

export interface ShareBody {
  kind: ShareBodyKind;
  /** The text of a json or text body (kept for other kinds too, as the builder keeps it). */
  text: string;
  /** The rows of a form or multipart body. */
  fields: ShareBodyField[];
}

export interface ShareRequest {
  method: string;
  /** Path and query as the learner typed them, e.g. "/items?page=2". */
  path: string;
  headers: ShareHeader[];
  body: ShareBody;
  followRedirects: boolean;
}

export interface ShareState {
  code: string;
  request: ShareRequest;
  /** Lesson id, e.g. "headers", or null for the free playground. */
  lesson: string | null;
}

/** The limits a shared state must keep (lengths in UTF-16 code units, i.e. `String.length`). */
export const SHARE_LIMITS = {
  /** Characters of code. */
  code: 200_000,
  /** Header rows. */
  headers: 100,
  /** Form or multipart rows. */
  bodyFields: 100,
} as const;

export const BODY_KINDS: readonly ShareBodyKind[] = ["none", "json", "form", "multipart", "text"];

/** RFC 9110 §5.6.2 `token`: header names and methods. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** RFC 9110 §5.5: a field value never holds CR, LF or NUL. */
const FORBIDDEN_IN_HEADER_VALUE = /[\r\n\0]/;
const LESSON_ID = /^[a-z0-9-]{1,64}$/;

/** A share link (or a state to share) that cannot be used; `message` is meant for the learner. */
export class ShareLinkError extends Error {
  /** Where the problem is, e.g. "request.headers[2][0]"; "" for the whole value. */
  readonly field: string;

  constructor(message: string, field = "") {
    super(message);
    this.name = "ShareLinkError";
    this.field = field;
  }
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Quote a learner's text for a message, shortened so a message stays readable. */
export function quoteForMessage(text: string, max = 40): string {
  return JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
}

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;
}

/**
 * Checks one value and builds a fresh copy of it, so nothing but the checked
 * fields (no extra keys, no prototype tricks) reaches the app.
 * `whose` starts every message: "This link's" when opening a link, "The" when making one.
 */
class Checker {
  /**
   * `subject` names the whole ("This link" / "the state"), `whose` starts every
   * other message ("This link's" when opening a link, "the" when making one).
   */
  constructor(
    private readonly subject: string,
    private readonly whose: string,
  ) {}

  fail(message: string, field: string): never {
    throw new ShareLinkError(`${this.whose} ${message}`, field);
  }

  object(value: unknown, keys: readonly string[], what: string, field: string): Json {
    if (!isObject(value)) this.fail(`${what} is missing or isn't a set of fields.`, field);
    this.knownKeys(value, keys, `${this.whose} ${what}`, field);
    return value;
  }

  knownKeys(value: Json, keys: readonly string[], what: string, field: string): void {
    for (const key of Object.keys(value)) {
      if (!keys.includes(key)) {
        throw new ShareLinkError(`${what} has a part this playground doesn't know (${quoteForMessage(key)}).`, field ? `${field}.${key}` : key);
      }
    }
  }

  string(value: unknown, missing: string, notText: string, field: string): string {
    if (value === undefined) this.fail(missing, field);
    if (typeof value !== "string") this.fail(notText, field);
    return value;
  }

  boolean(value: unknown, message: string, field: string): boolean {
    if (typeof value !== "boolean") this.fail(message, field);
    return value;
  }

  array(value: unknown, message: string, field: string): unknown[] {
    if (!Array.isArray(value)) this.fail(message, field);
    return value;
  }

  state(value: unknown): ShareState {
    if (!isObject(value)) throw new ShareLinkError(`${this.subject} doesn't hold a playground (code, a request and a lesson).`, "");
    this.knownKeys(value, ["code", "request", "lesson"], this.subject, "");
    const top = value;
    const code = this.string(top.code, "code is missing.", "code isn't text.", "code");
    if (code.length > SHARE_LIMITS.code) {
      this.fail(
        `code is longer than ${plural(SHARE_LIMITS.code, "character", "characters")} (it has ${code.length.toLocaleString("en-US")}).`,
        "code",
      );
    }
    const request = this.request(top.request);
    return { code, request, lesson: this.lesson(top.lesson) };
  }

  lesson(value: unknown): string | null {
    if (value === null) return null;
    if (value === undefined) this.fail("lesson is missing (it should be a lesson name or none).", "lesson");
    if (typeof value !== "string") this.fail("lesson isn't a lesson name.", "lesson");
    if (!LESSON_ID.test(value)) {
      this.fail(`lesson name ${quoteForMessage(value)} isn't valid (lesson names are 1 to 64 lowercase letters, digits and dashes).`, "lesson");
    }
    return value;
  }

  request(value: unknown): ShareRequest {
    const request = this.object(value, ["method", "path", "headers", "body", "followRedirects"], "request", "request");
    const method = this.string(request.method, "request has no method.", "request's method isn't text.", "request.method");
    if (method === "") this.fail("request has no method.", "request.method");
    if (!TOKEN.test(method)) this.fail(`request's method ${quoteForMessage(method)} isn't a valid HTTP method name.`, "request.method");
    const path = this.string(request.path, "request has no path.", "request's path isn't text.", "request.path");
    const headers = this.headers(request.headers);
    const body = this.body(request.body);
    const followRedirects = this.boolean(request.followRedirects, "request doesn't say whether to follow redirects.", "request.followRedirects");
    return { method, path, headers, body, followRedirects };
  }

  headers(value: unknown): ShareHeader[] {
    const rows = this.array(value, "request's headers are missing or aren't a list.", "request.headers");
    if (rows.length > SHARE_LIMITS.headers) {
      this.fail(`request has ${rows.length} headers; at most ${SHARE_LIMITS.headers} fit in a link.`, "request.headers");
    }
    return rows.map((row, index): ShareHeader => {
      const n = index + 1;
      const field = `request.headers[${index}]`;
      if (!Array.isArray(row) || row.length !== 3) this.fail(`request header ${n} isn't a name, a value and an on/off switch.`, field);
      const [name, headerValue, enabled] = row as unknown[];
      if (typeof name !== "string") this.fail(`request header ${n} has a name that isn't text.`, `${field}[0]`);
      if (name === "") this.fail(`request header ${n} has no name.`, `${field}[0]`);
      if (!TOKEN.test(name))
        this.fail(`request header ${n} has a name that isn't a valid HTTP header name: ${quoteForMessage(name)}.`, `${field}[0]`);
      if (typeof headerValue !== "string") this.fail(`request header ${quoteForMessage(name)} has a value that isn't text.`, `${field}[1]`);
      if (FORBIDDEN_IN_HEADER_VALUE.test(headerValue)) {
        this.fail(`request header ${quoteForMessage(name)} has a line break or NUL character in its value.`, `${field}[1]`);
      }
      if (typeof enabled !== "boolean") this.fail(`request header ${quoteForMessage(name)} doesn't say whether it is on or off.`, `${field}[2]`);
      return [name, headerValue, enabled];
    });
  }

  body(value: unknown): ShareBody {
    const body = this.object(value, ["kind", "text", "fields"], "request body", "request.body");
    const kind = body.kind;
    if (typeof kind !== "string" || !(BODY_KINDS as readonly string[]).includes(kind)) {
      this.fail(
        `request body has an unknown kind ${typeof kind === "string" ? quoteForMessage(kind) : "(not text)"}; it should be one of ${BODY_KINDS.join(", ")}.`,
        "request.body.kind",
      );
    }
    const text = this.string(
      body.text,
      "request body has no text (use empty text for none).",
      "request body's text isn't text.",
      "request.body.text",
    );
    const rows = this.array(body.fields, "request body's fields are missing or aren't a list.", "request.body.fields");
    if (rows.length > SHARE_LIMITS.bodyFields) {
      this.fail(`request body has ${rows.length} fields; at most ${SHARE_LIMITS.bodyFields} fit in a link.`, "request.body.fields");
    }
    const fields = rows.map((row, index): ShareBodyField => {
      const n = index + 1;
      const field = `request.body.fields[${index}]`;
      const checked = this.object(row, ["name", "value", "enabled"], `request body's field ${n}`, field);
      const name = this.string(
        checked.name,
        `request body's field ${n} has no name.`,
        `request body's field ${n} has a name that isn't text.`,
        `${field}.name`,
      );
      const fieldValue = this.string(
        checked.value,
        `request body's field ${n} has no value.`,
        `request body's field ${n} has a value that isn't text.`,
        `${field}.value`,
      );
      const enabled = this.boolean(checked.enabled, `request body's field ${n} doesn't say whether it is on or off.`, `${field}.enabled`);
      return { name, value: fieldValue, enabled };
    });
    return { kind: kind as ShareBodyKind, text, fields };
  }
}

/**
 * Check that `value` is a complete, well-formed ShareState within the limits and
 * return a fresh copy of it. Throws ShareLinkError with a learner-facing message
 * ("This link's request has no method.") otherwise. Unknown keys are refused:
 * a link with more in it than v1 knows comes from a newer format version.
 */
export function validateShareState(value: unknown): ShareState {
  return new Checker("This link", "This link's").state(value);
}

/**
 * The same checks for a state about to be shared, worded for the person sharing
 * ("Can't make a share link: the request has no method.").
 */
export function validateStateToShare(value: unknown): ShareState {
  try {
    return new Checker("the state", "the").state(value);
  } catch (error) {
    if (error instanceof ShareLinkError) throw new ShareLinkError(`Can't make a share link: ${error.message}`, error.field);
    throw error;
  }
}

/**
 * The builder's header rows as a link keeps them: names trimmed, rows without a
 * name dropped (an empty row in the editor is not a header; sending drops it too).
 */
export function shareableHeaders(rows: readonly { name: string; value: string; enabled: boolean }[]): ShareHeader[] {
  return rows.filter((row) => row.name.trim() !== "").map((row): ShareHeader => [row.name.trim(), row.value, row.enabled]);
}
