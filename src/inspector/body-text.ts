/**
 * Decide how to show a body: the bytes as text when they are text, pretty
 * JSON when they parse as JSON, hex otherwise.
 */

/** Join body chunks into one byte array. */
export function joinChunks(chunks: { bytes: Uint8Array }[]): Uint8Array {
  const total = chunks.reduce((sum, chunk) => sum + chunk.bytes.byteLength, 0);
  const body = new Uint8Array(total);
  let offset = 0;
  for (const { bytes } of chunks) {
    body.set(bytes, offset);
    offset += bytes.byteLength;
  }
  return body;
}

/** The media type of a Content-Type value, lower-cased, without parameters. */
export function mediaType(contentType: string | undefined): string {
  return (contentType ?? "").split(";")[0].trim().toLowerCase();
}

export function isJsonType(contentType: string | undefined): boolean {
  const type = mediaType(contentType);
  return type === "application/json" || type.endsWith("+json");
}

/** Decode as UTF-8, or null when the bytes are not valid UTF-8 text. */
export function decodeText(body: Uint8Array): string | null {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(body);
    // Control characters other than tab/newline/CR suggest binary data.
    // eslint-disable-next-line no-control-regex -- matching control characters is the point.
    return /[\u0000-\u0008\u000e-\u001f]/.test(text) ? null : text;
  } catch {
    return null;
  }
}

/** Pretty-printed JSON, or null when the text is not JSON. */
export function prettyJson(text: string): string | null {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return null;
  }
}

/** Classic hex dump: offset, 16 bytes in hex, printable ASCII. */
export function hexDump(body: Uint8Array, limit = 4096): string {
  const lines: string[] = [];
  const end = Math.min(body.byteLength, limit);
  for (let offset = 0; offset < end; offset += 16) {
    const row = body.subarray(offset, Math.min(offset + 16, end));
    const hex = Array.from(row, (b) => b.toString(16).padStart(2, "0")).join(" ");
    const ascii = Array.from(row, (b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : ".")).join("");
    lines.push(`${offset.toString(16).padStart(8, "0")}  ${hex.padEnd(47)}  ${ascii}`);
  }
  if (body.byteLength > limit) lines.push(`… ${body.byteLength - limit} more bytes`);
  return lines.join("\n");
}
