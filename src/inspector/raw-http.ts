/**
 * Write a recorded response the way it would travel over an HTTP/1.1
 * connection: status line, headers in order, blank line, body.
 */
import type { WireResponseHead } from "../runtime/protocol";
import { decodeText } from "./body-text";

/** "[1 byte of binary data]", "[256 bytes of binary data]". */
export function binaryPlaceholder(byteLength: number): string {
  return `[${byteLength} ${byteLength === 1 ? "byte" : "bytes"} of binary data]`;
}

/**
 * The response as raw HTTP/1.1 text, with CRLF line ends:
 * `HTTP/1.1 200 OK\r\n`, one `Name: value\r\n` per header in the order the
 * app sent them (repeats kept), `\r\n`, then the body. The body is shown as
 * text when it is valid UTF-8 without control characters (tab, newlines and
 * CR are fine); otherwise a placeholder such as `[256 bytes of binary data]`
 * stands in for it. An empty reason keeps the space the status line requires
 * (`HTTP/1.1 299 \r\n`).
 */
export function toRawHttp(head: WireResponseHead, body: Uint8Array): string {
  const statusLine = `HTTP/1.1 ${head.status} ${head.reason}\r\n`;
  const headerLines = head.headers.map(([name, value]) => `${name}: ${value}\r\n`).join("");
  const text = body.byteLength === 0 ? "" : decodeText(body);
  return `${statusLine}${headerLines}\r\n${text ?? binaryPlaceholder(body.byteLength)}`;
}
