/**
 * Write a recorded response the way it would travel over an HTTP/1.1
 * connection: status line, headers in order, blank line, body.
 */
import type { WireResponseHead } from "../runtime/protocol";
import { decodeText, joinChunks } from "./body-text";
import type { DevServerHead } from "./server-headers";

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

/**
 * The response as `flask run` sends it (see server-headers.ts): any interim
 * `100 Continue` responses, the status line, every header in wire order (the
 * server's and the app's), a blank line, then the body. A chunked body is
 * written in its real framing: each chunk as the app yielded it, led by its
 * length in bytes in hex, and, once the body is `complete`, the closing
 * `0\r\n\r\n` (left off while it still streams or when it was cut).
 * Text and binary follow `toRawHttp`; the chunk lengths count bytes.
 */
export function toWireHttp(server: DevServerHead, chunks: Uint8Array[], complete: boolean): string {
  const interim = server.interim.map((line) => `${line}\r\n\r\n`).join("");
  const headerLines = server.headers.map(({ name, value }) => `${name}: ${value}\r\n`).join("");
  return `${interim}${server.statusLine}\r\n${headerLines}\r\n${server.chunked ? chunkedBody(chunks, complete) : plainBody(chunks)}`;
}

function plainBody(chunks: Uint8Array[]): string {
  const body = joinChunks(chunks.map((bytes) => ({ bytes })));
  return body.byteLength === 0 ? "" : (decodeText(body) ?? binaryPlaceholder(body.byteLength));
}

function chunkedBody(chunks: Uint8Array[], complete: boolean): string {
  const nonEmpty = chunks.filter((bytes) => bytes.byteLength > 0);
  // Text or binary is a property of the whole body; a character split
  // between two chunks is shown in the chunk where it ends.
  const isText = decodeText(joinChunks(nonEmpty.map((bytes) => ({ bytes })))) !== null;
  const decoder = new TextDecoder("utf-8");
  const framed = nonEmpty.map((bytes) => {
    const text = isText ? decoder.decode(bytes, { stream: true }) : binaryPlaceholder(bytes.byteLength);
    return `${bytes.byteLength.toString(16)}\r\n${text}\r\n`;
  });
  return framed.join("") + (complete ? "0\r\n\r\n" : "");
}
