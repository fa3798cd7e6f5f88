/**
 * Turn what the app sent into a Response a browser will accept, or explain why
 * it cannot. The inspector always shows the app's own bytes; this only decides
 * what fetch() in the page gets.
 */
import type { WireResponseHead } from "../runtime/protocol";

/** Statuses whose responses never have a body (Fetch standard: null body status). */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

export type BrowserResponse = { response: Response; note?: string };

/**
 * Read a body the browser will not get, to its end: the exchange is still
 * recorded in full (the inspector shows what the app sent).
 */
function drain(body: ReadableStream<Uint8Array>): void {
  void new Response(body).arrayBuffer().catch(() => {});
}

export function toBrowserResponse(head: WireResponseHead, body: ReadableStream<Uint8Array>): BrowserResponse {
  if (head.status < 200 || head.status > 599) {
    drain(body);
    return {
      response: Response.error(),
      note: `A browser only accepts statuses 200-599 from fetch(); ${head.status} makes it a network error.`,
    };
  }
  let headers: Headers;
  try {
    // Set-Cookie stays out of the browser: fetch() never shows it to the page,
    // and msw would copy it into the playground's own document.cookie. The
    // virtual host's cookie jar (store) takes it from the recorded exchange.
    headers = new Headers(head.headers.filter(([name]) => name.toLowerCase() !== "set-cookie"));
  } catch (error) {
    drain(body);
    return {
      response: Response.error(),
      note: `A browser rejects these headers (${(error as Error).message}); fetch() sees a network error.`,
    };
  }
  const nullBody = NULL_BODY_STATUSES.has(head.status);
  if (nullBody) drain(body);
  try {
    return { response: new Response(nullBody ? null : body, { status: head.status, statusText: head.reason, headers }) };
  } catch {
    // A reason phrase with characters HTTP does not allow: keep the status, drop the phrase.
    return {
      response: new Response(nullBody ? null : body, { status: head.status, headers }),
      note: `A browser rejects the reason phrase ${JSON.stringify(head.reason)}; fetch() shows the status without it.`,
    };
  }
}
