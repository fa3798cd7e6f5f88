// A plain static server for the benchmark: the production build at "/", the
// stock pyodide npm distribution and the floor pages under "/__bench__/".
// Like a typical static host: ETag revalidation, and compression by the
// request's Accept-Encoding: brotli, else gzip, from the `.br`/`.gz` copy the
// build wrote beside a file, or for a file without one (the stock pyodide
// package) the same encoding made once and cached (scripts/lib/precompress.mjs),
// so ours and the floor are served the same way. `compress: false` turns it off.
import { createHash } from "node:crypto";
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { dirname, extname, join, normalize } from "node:path";
import { compressible, encodings } from "../scripts/lib/precompress.mjs";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".zip": "application/zip",
  ".whl": "application/zip",
  ".svg": "image/svg+xml",
  ".ttf": "font/ttf",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
};

/**
 * What to send for `file` given the request's Accept-Encoding: the encoding's
 * name and its bytes, or null for the file as it is.
 */
function encoded(file, size, acceptEncoding = "") {
  if (!compressible(file, size)) return null;
  // "br;q=1.0, gzip, *;q=0": the codings named and not refused with q=0 (a browser names them; no wildcards needed).
  const accepted = new Set(
    acceptEncoding
      .split(",")
      .map((coding) => coding.split(";").map((part) => part.trim().toLowerCase()))
      .filter(([, ...params]) => !params.some((param) => /^q=0(\.0*)?$/.test(param)))
      .map(([name]) => name),
  );
  for (const [name, suffix] of [
    ["br", ".br"],
    ["gzip", ".gz"],
  ]) {
    if (!accepted.has(name)) continue;
    if (existsSync(file + suffix)) return { name, bytes: readFileSync(file + suffix) };
    const made = encodings(readFileSync(file))[name];
    if (made) return { name, bytes: made };
  }
  return null;
}

/**
 * Serve `roots` (URL prefix -> directory); resolves with { url, close }.
 * - `onServed(path, status, bodyBytes)` hears every answer (how a visit's
 *   transferred bytes are counted: bench/first-visit.mjs).
 * - `before(path, req, res)` runs first and may hold the request (return a
 *   promise), or answer it itself and return true (e2e/offline.spec.ts: a
 *   server that goes away, a new deployment).
 * - `compress` (default true): brotli or gzip when the request accepts it.
 */
export function startStaticServer(roots, { port = 0, onServed = () => {}, before = () => false, compress = true } = {}) {
  const entries = Object.entries(roots).sort((a, b) => b[0].length - a[0].length);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (await before(path, req, res)) return;
    const match = entries.find(([prefix]) => path.startsWith(prefix));
    if (!match) {
      onServed(path, 404, 0);
      return void res.writeHead(404).end();
    }
    let file = normalize(join(match[1], path.slice(match[0].length)));
    if (!file.startsWith(match[1])) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) {
      // SPA fallback, like vite preview.
      if (match[0] === "/") file = join(match[1], "index.html");
      else {
        onServed(path, 404, 0);
        return void res.writeHead(404).end();
      }
    }
    const stat = statSync(file);
    const encoding = compress ? encoded(file, stat.size, req.headers["accept-encoding"]) : null;
    const etag = `"${createHash("sha1")
      .update(`${file}:${stat.size}:${stat.mtimeMs}:${encoding?.name ?? ""}`)
      .digest("hex")
      .slice(0, 16)}"`;
    const headers = {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-cache",
      ETag: etag,
      ...(compress && compressible(file, stat.size) ? { Vary: "Accept-Encoding" } : {}),
      ...(encoding ? { "Content-Encoding": encoding.name } : {}),
    };
    if (req.headers["if-none-match"] === etag) {
      onServed(path, 304, 0);
      return void res.writeHead(304, headers).end();
    }
    const length = encoding ? encoding.bytes.length : stat.size;
    res.writeHead(200, { ...headers, "Content-Length": length });
    onServed(path, 200, req.method === "HEAD" ? 0 : length);
    if (req.method === "HEAD") return void res.end();
    if (encoding) res.end(encoding.bytes);
    else createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(port, "127.0.0.1", () => {
      const { port: bound } = server.address();
      const close = () => {
        server.closeAllConnections();
        return new Promise((r) => server.close(r));
      };
      resolve({ url: `http://127.0.0.1:${bound}`, close });
    });
  });
}

export function stockPyodideDir() {
  return dirname(createRequire(import.meta.url).resolve("pyodide/package.json"));
}
