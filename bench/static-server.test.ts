import { randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodings } from "../scripts/lib/precompress.mjs";
import { startStaticServer } from "./static-server.mjs";

/** A raw GET (fetch would decode the body and hide Content-Encoding). */
function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on("error", reject)
      .end();
  });
}

const text = Buffer.from("def index():\n    return 'Hello, Flask!'\n".repeat(200));
let server: { url: string; close(): Promise<void> };

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "static-server-"));
  writeFileSync(join(dir, "app.js"), text);
  // The build's copy beside it, marked so the test can tell it was the one sent.
  writeFileSync(join(dir, "app.js.br"), brotliCompressSync(Buffer.concat([text, Buffer.from("// from app.js.br")])));
  writeFileSync(join(dir, "plain.json"), text); // no copies: compressed by the server, as the stock package is
  writeFileSync(join(dir, "noise.wasm"), randomBytes(4096)); // does not compress
  writeFileSync(join(dir, "tiny.js"), "x");
  server = await startStaticServer({ "/": dir });
});
afterAll(() => server.close());

describe("the bench's static server compresses like a static host", () => {
  it("sends the build's .br copy to a browser that accepts brotli, and says so", async () => {
    const res = await get(`${server.url}/app.js`, { "accept-encoding": "gzip, deflate, br, zstd" });
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers.vary).toBe("Accept-Encoding");
    expect(Number(res.headers["content-length"])).toBe(res.body.length);
    expect(brotliDecompressSync(res.body).toString()).toMatch(/from app\.js\.br$/);
  });

  it("makes gzip when only gzip is accepted, and skips a coding refused with q=0", async () => {
    for (const accept of ["gzip", "br;q=0, gzip;q=0.8"]) {
      const res = await get(`${server.url}/plain.json`, { "accept-encoding": accept });
      expect(res.headers["content-encoding"]).toBe("gzip");
      expect(gunzipSync(res.body)).toEqual(text);
    }
  });

  it("sends the file as it is without Accept-Encoding, for a tiny file, and when compression would not pay", async () => {
    const plain = await get(`${server.url}/plain.json`);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toEqual(text);
    for (const path of ["/tiny.js", "/noise.wasm"]) {
      const res = await get(server.url + path, { "accept-encoding": "br, gzip" });
      expect(res.headers["content-encoding"]).toBeUndefined();
    }
    expect(encodings(randomBytes(4096))).toEqual({ br: null, gzip: null });
  });

  it("gives each encoding its own ETag, and revalidates each", async () => {
    const br = await get(`${server.url}/plain.json`, { "accept-encoding": "br" });
    const identity = await get(`${server.url}/plain.json`);
    expect(br.headers.etag).not.toBe(identity.headers.etag);
    const again = await get(`${server.url}/plain.json`, { "accept-encoding": "br", "if-none-match": String(br.headers.etag) });
    expect(again.status).toBe(304);
    const other = await get(`${server.url}/plain.json`, { "if-none-match": String(br.headers.etag) });
    expect(other.status).toBe(200);
  });
});
