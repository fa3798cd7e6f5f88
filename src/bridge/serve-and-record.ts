/**
 * Serve a request with the learner's app and record the exchange exactly as
 * the app produced it (status, ordered headers, body chunks with timing), so
 * the inspector shows the raw truth whatever fetch() later hides.
 */
import type { WireRequest } from "../runtime/protocol";
import type { Exchange } from "../store/initial-state";
import { useStore } from "../store";
import { inBackground } from "../store/background-updates";
import { cookieHeaderFor } from "../request/cookie-jar";
import type { RuntimeClient, StreamedResponse } from "./runtime-client";

/** The Cookie header the virtual host's jar sends for a path, as a browser would. */
export function jarCookieFor(path: string): string | null {
  return cookieHeaderFor(useStore.getState().cookieJar, path, Date.now());
}

/**
 * Chain positions of requests the builder is about to send through the
 * service worker, by exchange id; the msw handler attaches them on arrival.
 */
export const pendingChains = new Map<string, NonNullable<Exchange["chain"]>>();

export function newExchangeId(): string {
  return crypto.randomUUID();
}

export async function serveAndRecord(
  client: RuntimeClient,
  request: WireRequest,
  id: string,
  via: Exchange["via"],
  chain?: Exchange["chain"],
): Promise<StreamedResponse> {
  const store = useStore.getState();
  // The body is transferred to the worker; keep the recorded copy intact.
  // Recorded as background updates: the inspector repaints after the response
  // is on its way, not in between (store/background-updates.ts).
  inBackground(() =>
    store.exchangeStarted(id, via, { ...request, body: request.body ? request.body.slice() : null }, chain),
  );
  try {
    return await client.request(request, {
      head: (head) =>
        inBackground(() => {
          store.exchangeHead(id, head);
          const setCookies = head.headers.filter(([name]) => name.toLowerCase() === "set-cookie").map(([, value]) => value);
          store.receiveCookies(setCookies, request.path);
        }),
      chunk: (bytes) => inBackground(() => store.exchangeChunk(id, bytes.slice())),
      end: (cut) => {
        inBackground(() => store.exchangeEnded(id, cut ? { error: cut } : undefined));
      },
    });
  } catch (error) {
    inBackground(() => store.exchangeEnded(id, { error: (error as Error).message }));
    throw error;
  }
}
