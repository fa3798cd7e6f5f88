/**
 * An exchange as `flask run` would have sent it: the app's recorded response
 * with Werkzeug's development server's own lines (server-headers.ts), for the
 * headers table and "Copy raw HTTP".
 */
import { pythonVersion, werkzeugVersion } from "../share/runtime-versions";
import type { Exchange } from "../store/initial-state";
import { toWireHttp } from "./raw-http";
import { devServerHead, type DevServerHead } from "./server-headers";

/** The head `flask run` sends for this exchange's response, dated when its head arrived. */
export function devServerHeadOf(exchange: Exchange): DevServerHead | undefined {
  if (!exchange.head) return undefined;
  return devServerHead(exchange.head, {
    method: exchange.request.method,
    requestHeaders: exchange.request.headers,
    werkzeug: werkzeugVersion,
    python: pythonVersion,
    sentAt: new Date(exchange.headDate ?? Date.now()),
  });
}

/** The whole response as raw HTTP from `flask run`; a body still streaming or cut off has no closing chunk. */
export function wireHttpOf(exchange: Exchange): string | undefined {
  const server = devServerHeadOf(exchange);
  if (!server) return undefined;
  const complete = exchange.endedAt !== undefined && exchange.error === undefined;
  return toWireHttp(
    server,
    exchange.chunks.map((chunk) => chunk.bytes),
    complete,
  );
}
