import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { precompressDir } from "./precompress.mjs";

function build(): string {
  const dir = mkdtempSync(join(tmpdir(), "precompress-"));
  mkdirSync(join(dir, "assets"));
  writeFileSync(join(dir, "assets", "index.js"), "export const greeting = 'Hello, Flask!';\n".repeat(100));
  writeFileSync(join(dir, "runtime.wasm"), Buffer.alloc(8192, 7));
  writeFileSync(join(dir, "noise.zip"), randomBytes(8192)); // an already deflated archive
  writeFileSync(join(dir, "small.css"), "a{}");
  writeFileSync(join(dir, "icon.png"), Buffer.alloc(8192));
  return dir;
}

describe("precompressDir", () => {
  it("writes .br and .gz beside each file a host would compress, which decode to the file", () => {
    const dir = build();
    const written = precompressDir(dir);
    for (const name of ["assets/index.js", "runtime.wasm"]) {
      const original = readFileSync(join(dir, name));
      expect(brotliDecompressSync(readFileSync(join(dir, `${name}.br`)))).toEqual(original);
      expect(gunzipSync(readFileSync(join(dir, `${name}.gz`)))).toEqual(original);
    }
    const wasm = written.find((file) => file.path.endsWith("runtime.wasm"))!;
    expect(wasm.br).toBeLessThan(wasm.gzip!);
    expect(wasm.gzip).toBeLessThan(wasm.bytes);
  });

  it("leaves alone what would not pay: incompressible bytes, tiny files, images", () => {
    const dir = build();
    precompressDir(dir);
    for (const name of ["noise.zip", "small.css", "icon.png"]) {
      expect(existsSync(join(dir, `${name}.br`)), name).toBe(false);
      expect(existsSync(join(dir, `${name}.gz`)), name).toBe(false);
    }
  });

  it("with write: false only fills the cache", () => {
    const dir = build();
    expect(precompressDir(dir, { write: false }).length).toBe(3);
    expect(existsSync(join(dir, "runtime.wasm.br"))).toBe(false);
  });
});
