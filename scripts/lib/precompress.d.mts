// Types for precompress.mjs, which vite.config.ts and bench/static-server.mjs use.
import type { Plugin } from "vite";

export function compressible(file: string, size: number): boolean;
export function encodings(bytes: Uint8Array): { br: Buffer | null; gzip: Buffer | null };
export function precompressDir(dir: string, options?: { write?: boolean }): { path: string; bytes: number; br: number | null; gzip: number | null }[];
export function precompress(): Plugin;
