// A small, dependency-free ZIP writer (just enough for Python wheels).
//
// Wheels are ordinary ZIP archives (PEP 427). We only need the classic
// (non-ZIP64) format: a wheel here is a few hundred KiB with a few dozen files.
//
// Layout written, per APPNOTE.TXT (PKWARE's ZIP specification):
//
//   [local file header 1][file data 1]
//   ...
//   [local file header n][file data n]
//   [central directory header 1] ... [central directory header n]
//   [end of central directory record]
//
// All multi-byte integers are little-endian. The output is deterministic:
// entries are written in the order given, with a fixed timestamp, so the same
// input always gives the same bytes (for a given zlib build).

import { deflateRawSync } from "node:zlib";

// --- CRC-32 (IEEE 802.3, the polynomial ZIP uses) -------------------------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 of a byte buffer, as an unsigned 32-bit number. */
export function crc32(data) {
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

// --- MS-DOS date/time, the only timestamp classic ZIP headers carry --------

/**
 * Encode a date as the 16-bit DOS time and date fields. DOS dates start in
 * 1980, so anything earlier is clamped to 1980-01-01 00:00:00. The fields
 * have no time zone; we use the UTC components so results don't depend on TZ.
 */
export function dosDateTime(date) {
  let d = date;
  if (d.getUTCFullYear() < 1980) d = new Date(Date.UTC(1980, 0, 1));
  const time = (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1);
  const day = ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();
  return { time, date: day };
}

/** Fixed timestamp used by default so archives are reproducible. */
export const DEFAULT_MTIME = new Date(Date.UTC(1980, 0, 1));

const METHOD_STORE = 0;
const METHOD_DEFLATE = 8;
const FLAG_UTF8 = 0x0800; // general purpose bit 11: file name is UTF-8
const VERSION_NEEDED = 20; // 2.0: deflate and folders
const VERSION_MADE_BY = (3 << 8) | 20; // upper byte 3 = UNIX, so external attrs carry a mode
const S_IFREG = 0o100000;

/**
 * Build a ZIP archive in memory.
 *
 * @param {{path: string, data: Uint8Array, mode?: number}[]} entries
 *   Files to store, in order. `path` uses forward slashes and is relative.
 * @param {{mtime?: Date, level?: number}} [options]
 * @returns {Buffer}
 */
export function createZip(entries, { mtime = DEFAULT_MTIME, level = 9 } = {}) {
  const { time, date } = dosDateTime(mtime);
  const chunks = [];
  const central = [];
  let offset = 0;
  const seen = new Set();

  for (const entry of entries) {
    const path = entry.path;
    if (!path || path.startsWith("/") || path.includes("\\") || path.split("/").includes("..")) {
      throw new Error(`zip: unsafe entry name ${JSON.stringify(path)}`);
    }
    if (seen.has(path)) throw new Error(`zip: duplicate entry ${path}`);
    seen.add(path);

    const data = Buffer.from(entry.data.buffer, entry.data.byteOffset, entry.data.byteLength);
    const name = Buffer.from(path, "utf8");
    const crc = crc32(data);
    // Deflate, but keep the file stored if compression doesn't help (tiny files, PNGs).
    const deflated = deflateRawSync(data, { level });
    const useDeflate = deflated.length < data.length;
    const body = useDeflate ? deflated : data;
    const method = useDeflate ? METHOD_DEFLATE : METHOD_STORE;
    const flags = /[^\x20-\x7e]/.test(path) ? FLAG_UTF8 : 0;
    if (offset + 30 + name.length + body.length > 0xffffffff) throw new Error("zip: archive too large (ZIP64 not supported)");

    // Local file header (30 bytes + name).
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); // signature "PK\3\4"
    local.writeUInt16LE(VERSION_NEEDED, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18); // compressed size
    local.writeUInt32LE(data.length, 22); // uncompressed size
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28); // extra field length
    chunks.push(local, name, body);

    // Central directory header (46 bytes + name), written after all data.
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0); // signature "PK\1\2"
    cd.writeUInt16LE(VERSION_MADE_BY, 4);
    cd.writeUInt16LE(VERSION_NEEDED, 6);
    cd.writeUInt16LE(flags, 8);
    cd.writeUInt16LE(method, 10);
    cd.writeUInt16LE(time, 12);
    cd.writeUInt16LE(date, 14);
    cd.writeUInt32LE(crc, 16);
    cd.writeUInt32LE(body.length, 20);
    cd.writeUInt32LE(data.length, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt16LE(0, 30); // extra field length
    cd.writeUInt16LE(0, 32); // comment length
    cd.writeUInt16LE(0, 34); // disk number start
    cd.writeUInt16LE(0, 36); // internal attributes
    cd.writeUInt32LE(((S_IFREG | (entry.mode ?? 0o644)) << 16) >>> 0, 38); // external attrs: UNIX mode
    cd.writeUInt32LE(offset, 42); // offset of the local header
    central.push(cd, name);

    offset += local.length + name.length + body.length;
  }

  if (entries.length > 0xffff) throw new Error("zip: too many entries (ZIP64 not supported)");
  const cdSize = central.reduce((n, b) => n + b.length, 0);

  // End of central directory record (22 bytes, no comment).
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); // signature "PK\5\6"
  end.writeUInt16LE(0, 4); // number of this disk
  end.writeUInt16LE(0, 6); // disk where the central directory starts
  end.writeUInt16LE(entries.length, 8); // entries on this disk
  end.writeUInt16LE(entries.length, 10); // entries in total
  end.writeUInt32LE(cdSize, 12);
  end.writeUInt32LE(offset, 16); // offset of the central directory
  end.writeUInt16LE(0, 20); // comment length

  return Buffer.concat([...chunks, ...central, end]);
}
