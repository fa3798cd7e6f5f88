/**
 * What `flask run` (Werkzeug's development server) puts on the wire around
 * the app's response. The playground records exactly what the app passed to
 * start_response; a real server adds a few lines of its own. The rules below
 * are Werkzeug 3.1.3's `WSGIRequestHandler.run_wsgi` (werkzeug/serving.py)
 * on top of CPython's `http.server.BaseHTTPRequestHandler.send_response`,
 * for `flask run`'s defaults (threaded, so HTTP/1.1), and they are checked
 * against raw responses recorded from the real server
 * (fixtures/dev-server/responses.json, server-headers.test.ts).
 */
import type { Header, WireResponseHead } from "../runtime/protocol";

/** Who put a header on the wire. */
export type AddedBy = "app" | "server";

export interface WireHeader {
  name: string;
  value: string;
  addedBy: AddedBy;
  /** For a header the server added: why it did. */
  why?: string;
}

/** The response head as `flask run` sends it. */
export interface DevServerHead {
  /** Interim responses sent before this one, as whole status lines ("HTTP/1.1 100 Continue"). */
  interim: string[];
  /** "HTTP/1.1 200 OK": always HTTP/1.1, with the app's own reason phrase. */
  statusLine: string;
  /** Every header in wire order: the server's, then the app's as it gave them, then the server's. */
  headers: WireHeader[];
  /** The body goes out in chunked framing (each chunk led by its length in hex, then a 0-length chunk). */
  chunked: boolean;
}

export interface DevServerContext {
  /** The request's method (HEAD responses are never chunked). */
  method: string;
  /** The request's headers (Expect: 100-continue gets interim responses). */
  requestHeaders: Header[];
  /** Werkzeug's version, for the Server header ("3.1.3"). */
  werkzeug: string;
  /** The CPython version the app runs on, for the Server header ("3.14.2"). */
  python: string;
  /** When the server sent the head: the Date header. */
  sentAt: Date;
}

/** What the tooltip and the screen reader say about every header the server added. */
export const SERVER_ADDED_NOTE = "added by flask run (Werkzeug's development server), not by your app";

const CONTINUE = "HTTP/1.1 100 Continue";

/**
 * The app's response head as Werkzeug's development server sends it:
 * - `Server: Werkzeug/<version> Python/<version>` and `Date` (RFC 9110 format,
 *   GMT) right after the status line, before the app's headers, always, even
 *   when the app set its own Server or Date (both go out);
 * - the app's headers unchanged, in its order;
 * - `Transfer-Encoding: chunked` when the app gave no Content-Length, unless
 *   the request is HEAD or the status is 1xx, 204 or 304;
 * - `Connection: close` last, always (the server does not keep connections
 *   alive, whatever the request or the app said; an app's own Connection
 *   header goes out as well);
 * - for a request with `Expect: 100-continue`, `HTTP/1.1 100 Continue` twice
 *   before the response (once from http.server, once from Werkzeug).
 */
export function devServerHead(head: WireResponseHead, context: DevServerContext): DevServerHead {
  const names = new Set(head.headers.map(([name]) => name.toLowerCase()));
  const chunked = !(
    names.has("content-length") ||
    context.method.toUpperCase() === "HEAD" ||
    (head.status >= 100 && head.status < 200) ||
    head.status === 204 ||
    head.status === 304
  );
  const expect = context.requestHeaders.find(([name]) => name.toLowerCase() === "expect")?.[1];
  const server = (name: string, value: string, why: string): WireHeader => ({ name, value, addedBy: "server", why });
  return {
    interim: expect?.trim().toLowerCase() === "100-continue" ? [CONTINUE, CONTINUE] : [],
    statusLine: `HTTP/1.1 ${head.status} ${head.reason}`,
    headers: [
      server("Server", `Werkzeug/${context.werkzeug} Python/${context.python}`, "The server names itself and its Python."),
      server("Date", httpDate(context.sentAt), "When the server sent the response head."),
      ...head.headers.map(([name, value]): WireHeader => ({ name, value, addedBy: "app" })),
      ...(chunked ? [server("Transfer-Encoding", "chunked", "The app gave no Content-Length, so the server frames the body in chunks.")] : []),
      server("Connection", "close", "The development server closes the connection after every response."),
    ],
    chunked,
  };
}

/** "Mon, 30 Nov 2026 11:52:21 GMT": the HTTP date Python's email.utils.formatdate(usegmt=True) writes. */
export function httpDate(date: Date): string {
  return date.toUTCString();
}
