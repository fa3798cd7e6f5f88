/**
 * Serve a request with the learner's app and record the exchange exactly as
 * the app produced it (status, ordered headers, body chunks with timing), so
 * the inspector shows the raw truth whatever fetch() later hides.
 */
import type { Exchange } from "../store/initial-state";
import { useStore } from "../store";
import { inBackground } from "../store/background-updates";
import { cookieHeaderFor } from "../request/cookie-jar";
import type { Hop } from "../request/send-request";
import type { RuntimeClient, StreamedResponse } from "./runtime-client";
import type { BuiltRequest } from "./wire-request";

/** The Cookie header the virtual host's jar sends for a path, as a browser would. */
export function jarCookieFor(path: string): string | null {
  return cookieHeaderFor(useStore.getState().cookieJar, path, Date.now());
}

/**
 * Requests the builder is about to send through the service worker, by
 * exchange id: the draft as built (fetch() would drop or rewrite some of its
 * headers) and its place in a redirect chain. The msw handler takes them on arrival.
 */
export const pendingSends = new Map<string, { hop: Hop; chain: NonNullable<Exchange["chain"]> }>();

export function newExchangeId(): string {
  return crypto.randomUUID();
}

export async function serveAndRecord(
  client: RuntimeClient,
  { wire: request, sources }: BuiltRequest,
  id: string,
  via: Exchange["via"],
  chain?: Exchange["chain"],
): Promise<StreamedResponse> {
  const store = useStore.getState();
  // The body is transferred to the worker; keep the recorded copy intact.
  // Recorded as background updates: the inspector repaints after the response
  // is on its way, not in between (store/background-updates.ts).
  inBackground(() => store.exchangeStarted(id, via, { ...request, body: request.body ? request.body.slice() : null }, chain, sources));
  try {
    return await client.request(request, {
      head: (head, at) =>
        inBackground(() => {
          store.exchangeHead(id, head, at);
          const setCookies = head.headers.filter(([name]) => name.toLowerCase() === "set-cookie").map(([, value]) => value);
          store.receiveCookies(setCookies, request.path);
        }),
      // Timed when the worker sent them (the app yielded), not when the page got round to the update.
      chunk: (bytes, at) => inBackground(() => store.exchangeChunk(id, bytes.slice(), at)),
      end: (cut, at) => {
        inBackground(() => store.exchangeEnded(id, cut ? { error: cut } : undefined, at));
      },
    });
  } catch (error) {
    inBackground(() => store.exchangeEnded(id, { error: (error as Error).message }));
    throw error;
  }
}
