// Types for zip-writer.mjs (so TypeScript tests can import it).
export interface ZipEntry {
  path: string;
  data: Uint8Array;
  mode?: number;
}
export function crc32(data: Uint8Array): number;
export function dosDateTime(date: Date): { time: number; date: number };
export const DEFAULT_MTIME: Date;
export function createZip(entries: ZipEntry[], options?: { mtime?: Date; level?: number }): Buffer;
