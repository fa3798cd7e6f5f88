/**
 * Send the request builder's draft to the app: through msw's service worker
 * when it serves this page, otherwise straight to the runtime.
 */
import type { RuntimeClient } from "../bridge/runtime-client";
import { newExchangeId, serveAndRecord } from "../bridge/serve-and-record";
import { EXCHANGE_HEADER, toVirtualUrl } from "../bridge/virtual-server";
import { BODYLESS_METHODS, wireFromDraft } from "../bridge/wire-request";
import type { Header } from "../runtime/protocol";
import { useStore } from "../store";
import type { RequestDraft, ServerMode } from "../store/initial-state";

export interface Connection {
  client: RuntimeClient;
  /** Absolute URL of the virtual server root. */
  root: string;
}

export type SendResult = { ok: true; id: string } | { ok: false; message: string };

export function draftHeaders(draft: RequestDraft): Header[] {
  return draft.headers.filter((row) => row.enabled && row.name.trim()).map((row) => [row.name.trim(), row.value]);
}

export async function sendRequest(draft: RequestDraft, mode: ServerMode, connection: Connection): Promise<SendResult> {
  const method = draft.method.toUpperCase();
  const headers = draftHeaders(draft);
  const body = BODYLESS_METHODS.has(method) ? null : new TextEncoder().encode(draft.body);
  const id = newExchangeId();

  if (mode.kind === "service-worker") {
    let init: RequestInit;
    try {
      init = { method, headers: new Headers([...headers, [EXCHANGE_HEADER, id]]), body, redirect: "manual", cache: "no-store" };
    } catch (error) {
      return { ok: false, message: `The browser refuses these headers: ${(error as Error).message}` };
    }
    try {
      const response = await fetch(toVirtualUrl(draft.path, connection.root), init);
      await response.arrayBuffer(); // read to the end, as a client does
    } catch {
      // A network error: the exchange says why (no app, or a response a browser rejects).
    }
    if (useStore.getState().exchanges[id]) return { ok: true, id };
    return { ok: false, message: "The service worker did not pass this request to the app." };
  }

  const wire = wireFromDraft({ method, path: draft.path, headers, body }, location.href);
  try {
    const streamed = await serveAndRecord(connection.client, wire, id, "direct");
    await new Response(streamed.body).arrayBuffer();
  } catch {
    // recorded on the exchange
  }
  return { ok: true, id };
}
