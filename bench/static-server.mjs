// A plain static server for the benchmark: the production build at "/", the
// stock pyodide npm distribution and the floor pages under "/__bench__/".
// ETag revalidation like a typical static host, no compression, so ours and the
// floor are served the same way.
import { createHash } from "node:crypto";
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { dirname, extname, join, normalize } from "node:path";

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
 * Serve `roots` (URL prefix -> directory); resolves with { url, close }.
 * - `onServed(path, status, bodyBytes)` hears every answer (how a visit's
 *   transferred bytes are counted: bench/first-visit.mjs).
 * - `before(path, req, res)` runs first and may hold the request (return a
 *   promise), or answer it itself and return true (e2e/offline.spec.ts: a
 *   server that goes away, a new deployment).
 */
export function startStaticServer(roots, { port = 0, onServed = () => {}, before = () => false } = {}) {
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
    const etag = `"${createHash("sha1").update(`${file}:${stat.size}:${stat.mtimeMs}`).digest("hex").slice(0, 16)}"`;
    const headers = {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-cache",
      ETag: etag,
    };
    if (req.headers["if-none-match"] === etag) {
      onServed(path, 304, 0);
      return void res.writeHead(304, headers).end();
    }
    res.writeHead(200, { ...headers, "Content-Length": stat.size });
    onServed(path, 200, req.method === "HEAD" ? 0 : stat.size);
    if (req.method === "HEAD") return void res.end();
    createReadStream(file).pipe(res);
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
