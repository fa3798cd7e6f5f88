// Brotli and gzip copies of the build's files, as a static host serves them
// (nginx's brotli_static/gzip_static, most CDNs): the build writes `x.br` and
// `x.gz` next to each file worth compressing (the Vite plugin below), and the
// bench's static server sends them to a browser that accepts them
// (bench/static-server.mjs; decision 015).
//
// Brotli at quality 11 takes ~20 s for Pyodide's 9.6 MB wasm, so every result
// is kept in node_modules/.cache/precompress under the hash of its input: a
// build that did not change a file does not compress it again.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** Types a host would compress; images and fonts other than TTF are compressed already. */
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".json", ".wasm", ".svg", ".ttf", ".webmanifest", ".zip", ".txt"]);
/** Below this, the headers cost more than compression saves. */
const MIN_BYTES = 1024;
/** A copy that saves less than this share of the file (an already deflated zip) is not worth its Content-Encoding. */
const MIN_SAVING = 0.05;

const cacheDir = join(import.meta.dirname, "..", "..", "node_modules", ".cache", "precompress");

/** Whether `file` is a type and size a static host would compress. */
export function compressible(file, size) {
  return COMPRESSIBLE.has(extname(file)) && size >= MIN_BYTES;
}

/**
 * The brotli (quality 11) and gzip (level 9) encodings of `bytes`, each null
 * when it saves less than 5%. Cached on disk by content.
 */
export function encodings(bytes) {
  const key = createHash("sha256").update(bytes).digest("hex");
  const read = (encoding, make) => {
    const path = join(cacheDir, `${key}.${encoding}`);
    if (existsSync(path)) {
      const cached = readFileSync(path);
      return cached.length === 0 ? null : cached;
    }
    const made = make();
    const kept = made.length <= bytes.length * (1 - MIN_SAVING) ? made : null;
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(path, kept ?? Buffer.alloc(0)); // empty: not worth it, remembered too
    return kept;
  };
  return {
    br: read("br", () =>
      brotliCompressSync(bytes, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
      }),
    ),
    gzip: read("gz", () => gzipSync(bytes, { level: 9 })),
  };
}

/**
 * Write `x.br` and `x.gz` beside every compressible file under `dir`; returns
 * each file's sizes. `write: false` only fills the cache (bench/: the stock
 * pyodide package is compressed before it is timed, not on its first request).
 */
export function precompressDir(dir, { write = true } = {}) {
  const written = [];
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && compressible(path, statSync(path).size)) {
        const { br, gzip } = encodings(readFileSync(path));
        if (write && br) writeFileSync(`${path}.br`, br);
        if (write && gzip) writeFileSync(`${path}.gz`, gzip);
        written.push({ path, bytes: statSync(path).size, br: br?.length ?? null, gzip: gzip?.length ?? null });
      }
    }
  };
  walk(dir);
  return written;
}

/** The Vite plugin: after the build (the service worker included), precompress the output directory. */
export function precompress() {
  let outDir = "dist";
  return {
    name: "flask-playground:precompress",
    apply: "build",
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle: {
      order: "post",
      sequential: true,
      handler() {
        const written = precompressDir(outDir);
        const sum = (key) => written.reduce((total, file) => total + (file[key] ?? file.bytes), 0);
        console.log(`precompress: ${written.length} files, ${sum("bytes")} bytes; brotli ${sum("br")}, gzip ${sum("gzip")}`);
      },
    },
  };
}
