/**
 * What a history row says about an exchange, so repeated requests can be
 * told apart: when it was sent, the status line, and the start of the body.
 */
import type { Exchange } from "../store/initial-state";
import { decodeText, joinChunks } from "./body-text";
import { collapse } from "./response-text";

export const PREVIEW_CHARS = 40;

/** Wall-clock time the request was sent, "14:03:07" (24-hour, as a server log writes it). */
export function sentAt(exchange: Pick<Exchange, "startedAt">, timeOrigin = performance.timeOrigin): string {
  const at = new Date(timeOrigin + exchange.startedAt);
  return [at.getHours(), at.getMinutes(), at.getSeconds()].map((n) => String(n).padStart(2, "0")).join(":");
}

/** The status line so far: "200 OK", "failed", or "…" while waiting. */
export function statusText(exchange: Pick<Exchange, "head" | "error">): string {
  if (exchange.head) return `${exchange.head.status} ${exchange.head.reason}`.trim();
  return exchange.error ? "failed" : "…";
}

/** The start of the body on one line: text collapsed and cut, "(empty)", or "N bytes, binary". */
export function bodyPreview(exchange: Pick<Exchange, "chunks" | "head" | "error">): string {
  if (!exchange.head) return exchange.error ? collapse(exchange.error).slice(0, PREVIEW_CHARS) : "";
  const body = joinChunks(exchange.chunks);
  if (body.byteLength === 0) return "(empty)";
  const text = decodeText(body);
  if (text === null) return `${body.byteLength.toLocaleString("en")} bytes, binary`;
  const line = collapse(text);
  return line.length > PREVIEW_CHARS ? `${line.slice(0, PREVIEW_CHARS)}…` : line;
}
