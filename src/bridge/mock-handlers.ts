/**
 * msw request handlers: every request under the virtual root goes to the
 * learner's app; the answer goes back to the page through the service worker.
 */
import { http } from "msw";
import { useStore } from "../store";
import { inBackground } from "../store/background-updates";
import { toBrowserResponse } from "./browser-response";
import type { RuntimeClient } from "./runtime-client";
import { jarCookieFor, newExchangeId, pendingChains, serveAndRecord } from "./serve-and-record";
import { EXCHANGE_HEADER, PROBE_HEADER } from "./virtual-server";
import { wireFromFetchRequest } from "./wire-request";

export function virtualServerHandlers(client: RuntimeClient, root: string) {
  return [
    http.all(`${root}*`, async ({ request }) => {
      if (request.headers.has(PROBE_HEADER)) {
        // The self-test: proves the service worker routes to this page, without Python.
        return new Response(null, { status: 204, headers: { [PROBE_HEADER]: "ok" } });
      }
      const id = request.headers.get(EXCHANGE_HEADER) ?? newExchangeId();
      const chain = pendingChains.get(id);
      pendingChains.delete(id);
      const wire = await wireFromFetchRequest(request, root, jarCookieFor);
      let streamed;
      try {
        streamed = await serveAndRecord(client, wire, id, "service-worker", chain);
      } catch {
        return Response.error();
      }
      const { response, note } = toBrowserResponse(streamed.head, streamed.body);
      if (note) inBackground(() => useStore.getState().exchangeEnded(id, { browserNote: note }));
      return response;
    }),
  ];
}
