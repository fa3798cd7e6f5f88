/**
 * Share links: a playground (code, request, lesson) packed into the URL
 * fragment, which browsers never send to a server.
 *
 *     https://host/base/#share=1.<payload>
 *     https://host/base/#lesson=headers               (a lesson deep link)
 *     https://host/base/#share=1.<payload>&lesson=x   (both; the share wins)
 *
 * `1` is the format version. Format v1's payload is lz-string's
 * `compressToEncodedURIComponent(JSON.stringify(compact))` where `compact` is
 * the state in the short form below. Every version ever published keeps its
 * decoder in DECODERS, so a link keeps opening for as long as the playground
 * exists: a new format adds a version and a decoder; it never changes one.
 * See docs/decisions/004-share-link-format.md.
 *
 * Compact form v1 (a key is left out when its value is the v1 default given
 * here; these defaults are part of the format and never change, whatever the
 * app's own starting values become):
 *
 *     {
 *       "c": "code",                        code               default ""
 *       "m": "POST",                        request.method     default "GET"
 *       "p": "/items?page=2",               request.path       default "/"
 *       "h": [["Accept", "*\/*"], ["X-A", "1", 0]],
 *                                           request.headers: [name, value], with a
 *                                           third element 0 when switched off;
 *                                           default [["Accept", "*\/*"]] (on)
 *       "b": {                              request.body       default all three below
 *         "k": "json",                        kind             default "none"
 *         "t": "{\"a\": 1}",                  text             default ""
 *         "f": [["name", "Ada"], ["x", "", 0]]
 *                                             fields, rows like "h";
 *                                             default [["", ""]] (one empty row, on)
 *       },
 *       "r": 1,                             request.followRedirects: 1 = on; default off
 *       "l": "json"                         lesson id          default null
 *     }
 *
 * A payload that decodes to anything else (unknown keys, other flag values)
 * is refused with a message, never guessed at.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from "lz-string";
import { UNREADABLE, lzOutputLength } from "./lz-output-length";
import { ShareLinkError, validateShareState, validateStateToShare } from "./share-state";
import type { ShareBodyField, ShareHeader, ShareState } from "./share-state";

/** The format version new links are written in. */
export const CURRENT_VERSION = 1;

/**
 * The longest compact JSON a link may carry. Far above any state within
 * SHARE_LIMITS in practice (a 200,000-character app is ~220,000 characters of
 * JSON); it exists so a hostile link can't make the decoder build a huge string
 * (see lz-output-length.ts).
 */
export const MAX_JSON_LENGTH = 2_000_000;

/** Past about this many characters, links get cut or mangled by common chat and mail tools. */
export const LINK_LENGTH_WARNING = 2000;

/** Whether a link is too long to paste into chat safely; the UI offers a download instead. */
export function isTooLongForChat(url: string): boolean {
  return url.length > LINK_LENGTH_WARNING;
}

export type DecodeErrorReason =
  /** Made by a newer playground: its format version is above CURRENT_VERSION. */
  | "newer-version"
  /** The payload can't be read: cut off, changed by hand, mangled by a tool. */
  | "corrupt"
  /** The payload reads, but what it holds isn't a valid playground. */
  | "invalid";

export type DecodeResult =
  { kind: "none" } | { kind: "ok"; state: ShareState; version: number } | { kind: "error"; reason: DecodeErrorReason; message: string };

export const CORRUPT_MESSAGE =
  "This share link looks cut off or changed, so it can't be opened. Copy the whole link again (some chat apps cut long links), or ask for a fresh one.";

function newerVersionMessage(version: string): string {
  const shown = version.length > 12 ? `${version.slice(0, 12)}…` : version;
  return (
    `This share link was made by a newer version of the playground (link format ${shown}; this page reads up to ${CURRENT_VERSION}). ` +
    "Reload the page to get the newest playground, then open the link again."
  );
}

// ---------------------------------------------------------------------------
// The fragment: `key=value` parts joined with `&`.

export interface FragmentParts {
  /** `share=<version>.<payload>`, without the `share=`. */
  share?: string;
  /** `lesson=<id>`: a lesson deep link. Checked by the caller, not here. */
  lesson?: string;
  /** `course` ("") or `course=<page>`: the course pages (lessons/view/course-link.ts). */
  course?: string;
}

/** A percent-encoded value decoded (some tools encode `$` or `+`); left as is when it isn't valid. */
function percentDecoded(value: string): string {
  if (!value.includes("%")) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * The parts of a URL fragment this app reads: `#share=...`, `#lesson=...`,
 * `#course` or `#course=...`, joined with `&` in any order. The leading `#` is
 * optional; other keys are ignored (reserved for later); when a key repeats,
 * the first wins.
 */
export function parseFragment(hash: string): FragmentParts {
  const parts: FragmentParts = {};
  const text = hash.startsWith("#") ? hash.slice(1) : hash;
  for (const part of text.split("&")) {
    const equals = part.indexOf("=");
    // `course` is the one key that may stand alone: `#course` is the overview.
    if (equals < 0 && part === "course" && parts.course === undefined) parts.course = "";
    if (equals < 0) continue;
    const key = part.slice(0, equals);
    const value = percentDecoded(part.slice(equals + 1));
    if (key === "share" && parts.share === undefined) parts.share = value;
    else if (key === "lesson" && parts.lesson === undefined) parts.lesson = value;
    else if (key === "course" && parts.course === undefined) parts.course = value;
  }
  return parts;
}

// ---------------------------------------------------------------------------
// Format v1.

type CompactRow = [string, string] | [string, string, 0];

interface CompactBodyV1 {
  k?: string;
  t?: string;
  f?: CompactRow[];
}

interface CompactV1 {
  c?: string;
  m?: string;
  p?: string;
  h?: CompactRow[];
  b?: CompactBodyV1;
  r?: 1;
  l?: string;
}

/** The v1 defaults: frozen with the format (not the app's starting values, which may change). */
const V1_DEFAULTS = {
  code: "",
  method: "GET",
  path: "/",
  headers: [["Accept", "*/*", true]] as readonly ShareHeader[],
  bodyKind: "none",
  bodyText: "",
  bodyFields: [{ name: "", value: "", enabled: true }] as readonly ShareBodyField[],
  lesson: null,
} as const;

const sameRows = (a: readonly ShareHeader[], b: readonly ShareHeader[]) =>
  a.length === b.length && a.every((row, i) => row[0] === b[i][0] && row[1] === b[i][1] && row[2] === b[i][2]);

const asRows = (fields: readonly ShareBodyField[]): ShareHeader[] => fields.map((f) => [f.name, f.value, f.enabled]);

const compactRow = ([name, value, enabled]: ShareHeader): CompactRow => (enabled ? [name, value] : [name, value, 0]);

function compactV1(state: ShareState): CompactV1 {
  const { request } = state;
  const compact: CompactV1 = {};
  if (state.code !== V1_DEFAULTS.code) compact.c = state.code;
  if (request.method !== V1_DEFAULTS.method) compact.m = request.method;
  if (request.path !== V1_DEFAULTS.path) compact.p = request.path;
  if (!sameRows(request.headers, V1_DEFAULTS.headers)) compact.h = request.headers.map(compactRow);
  const body: CompactBodyV1 = {};
  if (request.body.kind !== V1_DEFAULTS.bodyKind) body.k = request.body.kind;
  if (request.body.text !== V1_DEFAULTS.bodyText) body.t = request.body.text;
  if (!sameRows(asRows(request.body.fields), asRows(V1_DEFAULTS.bodyFields))) body.f = asRows(request.body.fields).map(compactRow);
  if (Object.keys(body).length > 0) compact.b = body;
  if (request.followRedirects) compact.r = 1;
  if (state.lesson !== V1_DEFAULTS.lesson) compact.l = state.lesson;
  return compact;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function onlyKeys(value: Json, keys: readonly string[], what: string): void {
  for (const key of Object.keys(value)) {
    if (!keys.includes(key)) throw new ShareLinkError(`${what} has a part this playground doesn't know (${JSON.stringify(key.slice(0, 40))}).`);
  }
}

/** A left-out key means the default; anything present (null too) is kept and validated as is. */
const orDefault = (value: unknown, fallback: unknown): unknown => (value === undefined ? fallback : value);

/** Compact rows back to [name, value, enabled]; names and values are type-checked by validateShareState. */
function expandRows(value: unknown, what: string, field: string): unknown[] {
  if (!Array.isArray(value)) throw new ShareLinkError(`This link's ${what}s aren't a list.`, field);
  return value.map((row, index) => {
    const ok = Array.isArray(row) && (row.length === 2 || (row.length === 3 && row[2] === 0));
    if (!ok) throw new ShareLinkError(`This link's ${what} ${index + 1} isn't a name, a value and an on/off switch.`, `${field}[${index}]`);
    return [row[0], row[1], row.length === 2];
  });
}

/** The full ShareState shape from the compact form, defaults filled in; not yet validated. */
function expandV1(value: unknown): unknown {
  if (!isObject(value)) throw new ShareLinkError("This link doesn't hold a playground (code, a request and a lesson).");
  onlyKeys(value, ["c", "m", "p", "h", "b", "r", "l"], "This link");
  let body: unknown = { kind: V1_DEFAULTS.bodyKind, text: V1_DEFAULTS.bodyText, fields: V1_DEFAULTS.bodyFields.map((f) => ({ ...f })) };
  if (value.b !== undefined) {
    const b = value.b;
    if (!isObject(b)) throw new ShareLinkError("This link's request body isn't a set of fields.", "request.body");
    onlyKeys(b, ["k", "t", "f"], "This link's request body");
    const fields =
      b.f === undefined
        ? V1_DEFAULTS.bodyFields.map((f) => ({ ...f }))
        : expandRows(b.f, "request body field", "request.body.fields").map((row) => {
            const [name, fieldValue, enabled] = row as unknown[];
            return { name, value: fieldValue, enabled };
          });
    body = { kind: orDefault(b.k, V1_DEFAULTS.bodyKind), text: orDefault(b.t, V1_DEFAULTS.bodyText), fields };
  }
  if (value.r !== undefined && value.r !== 1) {
    throw new ShareLinkError("This link's request doesn't say clearly whether to follow redirects.", "request.followRedirects");
  }
  return {
    code: orDefault(value.c, V1_DEFAULTS.code),
    request: {
      method: orDefault(value.m, V1_DEFAULTS.method),
      path: orDefault(value.p, V1_DEFAULTS.path),
      headers: value.h === undefined ? V1_DEFAULTS.headers.map((row) => [...row]) : expandRows(value.h, "request header", "request.headers"),
      body,
      followRedirects: value.r === 1,
    },
    lesson: orDefault(value.l, V1_DEFAULTS.lesson),
  };
}

/** The payload can't be read at all (as opposed to reading as something invalid). */
class CorruptPayload extends Error {}

function encodeV1(state: ShareState): string {
  const json = JSON.stringify(compactV1(state));
  if (json.length > MAX_JSON_LENGTH) {
    throw new ShareLinkError(
      `Can't make a share link: the playground is too big for a link (${json.length.toLocaleString("en-US")} characters of data; at most ${MAX_JSON_LENGTH.toLocaleString("en-US")}).`,
    );
  }
  return compressToEncodedURIComponent(json);
}

function decodeV1(payload: string): ShareState {
  // Measure before expanding: no real link expands past MAX_JSON_LENGTH, a hostile one could expand to gigabytes.
  const length = lzOutputLength(payload, MAX_JSON_LENGTH);
  if (length === UNREADABLE || length > MAX_JSON_LENGTH) throw new CorruptPayload();
  let json: string | null;
  try {
    json = decompressFromEncodedURIComponent(payload);
  } catch {
    // A second guard: lzOutputLength already refuses the malformed inputs lz-string can throw on.
    throw new CorruptPayload();
  }
  if (!json) throw new CorruptPayload();
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new CorruptPayload();
  }
  return validateShareState(expandV1(parsed));
}

/**
 * One decoder per format version ever published. Never remove or change an
 * entry: links in old chats, notes and slides keep opening through it.
 */
const DECODERS: Readonly<Record<number, (payload: string) => ShareState>> = {
  1: decodeV1,
};

// ---------------------------------------------------------------------------
// Public API.

/** `#share=<version>.<payload>` for a state; throws ShareLinkError when the state can't be shared. */
export function encodeShareFragment(state: ShareState): string {
  const checked = validateStateToShare(state);
  return `#share=${CURRENT_VERSION}.${encodeV1(checked)}`;
}

/**
 * The full share URL: `baseUrl` with its fragment (if any) replaced by the
 * share fragment. Throws ShareLinkError (a message for the person sharing,
 * e.g. "Can't make a share link: the code is longer than 200,000 characters …")
 * when the state breaks a limit.
 */
export function encodeShareLink(state: ShareState, baseUrl: string): string {
  const hashAt = baseUrl.indexOf("#");
  const base = hashAt < 0 ? baseUrl : baseUrl.slice(0, hashAt);
  return base + encodeShareFragment(state);
}

/**
 * Read a share link from a URL fragment (`location.hash`). Never throws:
 * "none" when the fragment holds no `share=` part, "ok" with the state and the
 * format version, or "error" with a message for the learner.
 */
export function decodeShareFragment(hash: string): DecodeResult {
  try {
    const { share } = parseFragment(hash);
    if (share === undefined) return { kind: "none" };
    const match = /^(0|[1-9][0-9]*)\.(.*)$/s.exec(share);
    if (!match) return { kind: "error", reason: "corrupt", message: CORRUPT_MESSAGE };
    const version = Number(match[1]);
    const decode = Object.hasOwn(DECODERS, version) ? DECODERS[version] : undefined;
    if (!decode) {
      return version > CURRENT_VERSION
        ? { kind: "error", reason: "newer-version", message: newerVersionMessage(match[1]) }
        : { kind: "error", reason: "corrupt", message: CORRUPT_MESSAGE };
    }
    return { kind: "ok", state: decode(match[2]), version };
  } catch (error) {
    if (error instanceof ShareLinkError) return { kind: "error", reason: "invalid", message: error.message };
    return { kind: "error", reason: "corrupt", message: CORRUPT_MESSAGE };
  }
}
