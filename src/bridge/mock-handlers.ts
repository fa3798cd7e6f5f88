/**
 * msw request handlers: every request under the virtual root goes to the
 * learner's app; the answer goes back to the page through the service worker.
 */
import { http } from "msw";
import { useStore } from "../store";
import { inBackground } from "../store/background-updates";
import { toBrowserResponse } from "./browser-response";
import type { RuntimeClient } from "./runtime-client";
import { jarCookieFor, newExchangeId, pendingSends, serveAndRecord } from "./serve-and-record";
import { EXCHANGE_HEADER, PROBE_HEADER } from "./virtual-server";
import { buildFromFetchRequest } from "./wire-request";
import { buildFromHop } from "../request/send-request";

export function virtualServerHandlers(client: RuntimeClient, root: string) {
  return [
    http.all(`${root}*`, async ({ request }) => {
      if (request.headers.has(PROBE_HEADER)) {
        // The self-test: proves the service worker routes to this page, without Python.
        return new Response(null, { status: 204, headers: { [PROBE_HEADER]: "ok" } });
      }
      const id = request.headers.get(EXCHANGE_HEADER) ?? newExchangeId();
      const sent = pendingSends.get(id);
      pendingSends.delete(id);
      // The builder's request as the learner built it; anything else as the browser sent it.
      const built = sent ? buildFromHop(sent.hop, request.url) : await buildFromFetchRequest(request, root, jarCookieFor);
      let streamed;
      try {
        streamed = await serveAndRecord(client, built, id, "service-worker", sent?.chain);
      } catch {
        return Response.error();
      }
      const { response, note } = toBrowserResponse(streamed.head, streamed.body);
      if (note) inBackground(() => useStore.getState().exchangeEnded(id, { browserNote: note }));
      return response;
    }),
  ];
}
