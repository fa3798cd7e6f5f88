/**
 * Send the request builder's draft to the app: through msw's service worker
 * when it serves this page, otherwise straight to the runtime. With "follow
 * redirects" on, each hop is sent and recorded in turn, with the method and
 * body a browser would use for it.
 */
import type { RuntimeClient } from "../bridge/runtime-client";
import { jarCookieFor, newExchangeId, pendingSends, serveAndRecord } from "../bridge/serve-and-record";
import { EXCHANGE_HEADER, toVirtualUrl } from "../bridge/virtual-server";
import { BODYLESS_METHODS, buildFromDraft, type BuiltRequest } from "../bridge/wire-request";
import { nextHop } from "./redirects";
import type { Header } from "../runtime/protocol";
import { useStore } from "../store";
import type { Exchange, RequestDraft, ServerMode } from "../store/initial-state";
import { encodeBody } from "./body-encoding";

export interface Connection {
  client: RuntimeClient;
  /** Absolute URL of the virtual server root. */
  root: string;
}

export type SendResult = { ok: true; id: string } | { ok: false; message: string };

/** Browsers stop after 20 redirects (Fetch standard); so do we. */
const MAX_REDIRECTS = 20;

/** One request on the wire: what a hop sends. */
export interface Hop {
  method: string;
  pathAndQuery: string;
  headers: Header[];
  body: Uint8Array | null;
}

/** The headers and body the draft sends; Content-Type follows the body kind unless set by hand. */
export function hopFromDraft(draft: RequestDraft, boundary = `----playground${crypto.randomUUID().slice(0, 8)}`): Hop {
  const method = draft.method.toUpperCase();
  const headers: Header[] = draft.headers.filter((row) => row.enabled && row.name.trim()).map((row) => [row.name.trim(), row.value]);
  const encoded = BODYLESS_METHODS.has(method) ? { bytes: null, contentType: null } : encodeBody(draft.body, boundary);
  if (encoded.contentType && !headers.some(([name]) => name.toLowerCase() === "content-type")) {
    headers.push(["Content-Type", encoded.contentType]);
  }
  return { method, pathAndQuery: draft.path, headers, body: encoded.bytes };
}

/** The Content-Type a draft sends, and whether it is the learner's own header or the body kind's. */
export interface SentContentType {
  value: string;
  /** True when a header row of the learner's sets it. */
  yours: boolean;
  /** What the body kind would send without that header (null when it sends none). */
  kindSends: string | null;
}

/** What the hint under the body says: the Content-Type hopFromDraft will send, or null for none. */
export function sentContentType(draft: RequestDraft): SentContentType | null {
  const boundary = "BOUNDARY";
  const hop = hopFromDraft(draft, boundary);
  const values = hop.headers.filter(([name]) => name.toLowerCase() === "content-type").map(([, value]) => value);
  if (!values.length) return null;
  const kind = BODYLESS_METHODS.has(hop.method) ? null : encodeBody(draft.body, boundary).contentType;
  const yours = draft.headers.some((row) => row.enabled && row.name.trim().toLowerCase() === "content-type");
  const shown = (value: string | null) => value?.replace(boundary, "…") ?? null;
  return { value: values.map(shown).join(", "), yours, kindSends: shown(kind) };
}

/** The request the app receives for a hop (page at `pageUrl`): the learner's headers as typed, plus Host, Content-Length and the jar's cookies. */
export function buildFromHop(hop: Hop, pageUrl: string): BuiltRequest {
  return buildFromDraft({ method: hop.method, path: hop.pathAndQuery, headers: hop.headers, body: hop.body }, pageUrl, jarCookieFor);
}

async function sendHop(hop: Hop, mode: ServerMode, connection: Connection, chain: NonNullable<Exchange["chain"]>): Promise<SendResult> {
  const id = newExchangeId();
  try {
    // No HTTP client can send a header value with line breaks or non-Latin-1 characters.
    new Headers(hop.headers);
  } catch (error) {
    return { ok: false, message: `No HTTP client can send these headers: ${(error as Error).message}` };
  }
  if (mode.kind === "service-worker") {
    // The fetch carries the request to the virtual server; its headers travel
    // beside it, as built (fetch() would drop Origin, Cookie, Referer... and
    // lower-case and sort the rest).
    pendingSends.set(id, { hop, chain });
    try {
      const response = await fetch(toVirtualUrl(hop.pathAndQuery, connection.root), {
        method: hop.method,
        headers: { [EXCHANGE_HEADER]: id },
        body: hop.body ? hop.body.slice() : null,
        redirect: "manual",
        cache: "no-store",
        credentials: "omit",
      });
      await response.arrayBuffer(); // read to the end, as a client does
    } catch {
      // A network error: the exchange says why (no app, or a response a browser rejects).
    } finally {
      pendingSends.delete(id);
    }
    if (useStore.getState().exchanges[id]) return { ok: true, id };
    return { ok: false, message: "The service worker did not pass this request to the app." };
  }

  try {
    const streamed = await serveAndRecord(connection.client, buildFromHop(hop, location.href), id, "direct", chain);
    await new Response(streamed.body).arrayBuffer();
  } catch {
    // recorded on the exchange
  }
  return { ok: true, id };
}

/** Send the draft (and, when following redirects, each hop after it). Resolves with the first exchange. */
export async function sendRequest(draft: RequestDraft, mode: ServerMode, connection: Connection): Promise<SendResult> {
  const chainId = newExchangeId();
  let hop = hopFromDraft(draft);
  let explanation: string | undefined;
  let first: SendResult | undefined;
  for (let index = 0; index <= MAX_REDIRECTS; index++) {
    const sent = await sendHop(hop, mode, connection, { id: chainId, index, explanation });
    first ??= sent;
    if (!sent.ok || !draft.followRedirects) break;
    const exchange = useStore.getState().exchanges[sent.id];
    const location = exchange?.head?.headers.find(([name]) => name.toLowerCase() === "location")?.[1];
    if (!exchange?.head || location === undefined) break;
    const next = nextHop({
      status: exchange.head.status,
      method: hop.method,
      location,
      currentPath: hop.pathAndQuery,
      appOrigin: window.location.origin,
    });
    if (!next || next.target.kind === "external") break;
    explanation = next.explanation;
    const headers = next.keepsBody ? hop.headers : hop.headers.filter(([name]) => !/^content-(type|length)$/i.test(name));
    hop = { method: next.method, pathAndQuery: next.target.pathAndQuery, headers, body: next.keepsBody ? hop.body : null };
  }
  return first!;
}
