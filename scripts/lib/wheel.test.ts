// @vitest-environment node
import { createHash } from "node:crypto";
import { inflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import {
  assembleWheel,
  buildRecord,
  buildWheel,
  canonicalName,
  csvRow,
  distInfoDirName,
  parseMetadata,
  recordHash,
  selectDistInfoFiles,
  selectPayload,
  setLicenseFiles,
  wheelFileName,
  wheelFileText,
} from "./wheel.mjs";
import { crc32, createZip, dosDateTime } from "./zip-writer.mjs";

const bytes = (s: string) => Buffer.from(s, "utf8");
const b64urlSha256 = (d: Uint8Array) => createHash("sha256").update(d).digest("base64").replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");

/** Minimal ZIP reader (central directory walk) to check what createZip wrote. */
function readZip(zip: Buffer) {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(eocd).toBe(zip.length - 22);
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const out: { path: string; data: Buffer; method: number; mode: number; crc: number }[] = [];
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(p)).toBe(0x02014b50);
    const method = zip.readUInt16LE(p + 10);
    const crc = zip.readUInt32LE(p + 16);
    const csize = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    const mode = zip.readUInt32LE(p + 38) >>> 16;
    const local = zip.readUInt32LE(p + 42);
    const path = zip.toString("utf8", p + 46, p + 46 + nameLen);
    expect(zip.readUInt32LE(local)).toBe(0x04034b50);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + csize);
    const data = method === 8 ? inflateRawSync(raw) : Buffer.from(raw);
    out.push({ path, data, method, mode, crc });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

describe("names", () => {
  it("normalizes project names per PEP 503 / PEP 427", () => {
    expect(canonicalName("MarkupSafe")).toBe("markupsafe");
    expect(canonicalName("zope.interface__x")).toBe("zope-interface-x");
    expect(wheelFileName("Flask", "3.1.1")).toBe("flask-3.1.1-py3-none-any.whl");
    expect(wheelFileName("zope.interface", "6.0")).toBe("zope_interface-6.0-py3-none-any.whl");
    expect(distInfoDirName("MarkupSafe", "2.1.5")).toBe("markupsafe-2.1.5.dist-info");
  });

  it("rejects versions that would break the file name", () => {
    expect(() => wheelFileName("x", "1.0-1")).toThrow(/version/);
    expect(() => distInfoDirName("x", "")).toThrow(/version/);
  });
});

describe("RECORD", () => {
  it("hashes with urlsafe base64 sha256 and no padding", () => {
    expect(recordHash(new Uint8Array())).toBe("sha256=47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU");
    const d = bytes('print("hi")\n');
    expect(recordHash(d)).toBe(`sha256=${b64urlSha256(d)}`);
  });

  it("quotes CSV fields like Python csv does", () => {
    expect(csvRow(["a/b.py", "sha256=x", "3"])).toBe("a/b.py,sha256=x,3");
    expect(csvRow(["a,b.py", 'say "hi"', ""])).toBe('"a,b.py","say ""hi""",');
  });

  it("lists every file and ends with its own empty row", () => {
    const files = [
      { path: "pkg/__init__.py", data: bytes("x = 1\n") },
      { path: "pkg-1.0.dist-info/METADATA", data: bytes("Name: pkg\n") },
    ];
    const text = buildRecord(files, "pkg-1.0.dist-info/RECORD");
    expect(text.split("\n")).toEqual([
      `pkg/__init__.py,${recordHash(files[0].data)},6`,
      `pkg-1.0.dist-info/METADATA,${recordHash(files[1].data)},10`,
      "pkg-1.0.dist-info/RECORD,,",
      "",
    ]);
  });
});

describe("metadata", () => {
  const pkgInfo = [
    "Metadata-Version: 2.2",
    "Name: MarkupSafe",
    "Version: 2.1.5",
    "Summary: Safely add untrusted strings",
    "License-File: LICENSE.rst",
    "Description: first line",
    "        |continued",
    "Requires-Python: >=3.7",
    "",
    "Name: not a header, body text",
    "",
  ].join("\n");

  it("parses the header block only, with continuation lines", () => {
    const m = parseMetadata(pkgInfo);
    expect(m.name).toBe("MarkupSafe");
    expect(m.version).toBe("2.1.5");
    expect(m.headers.find(([k]) => k === "Description")?.[1]).toBe("first line\n        |continued");
    expect(m.headers.filter(([k]) => k === "Name")).toHaveLength(1);
  });

  it("rewrites License-File headers and keeps everything else", () => {
    const out = setLicenseFiles(pkgInfo, ["debian-copyright"]);
    expect(out).not.toContain("License-File: LICENSE.rst");
    expect(out).toContain("License-File: debian-copyright\n\nName: not a header, body text\n");
    expect(out).toContain("Description: first line\n        |continued\n");
    expect(setLicenseFiles("Name: a\nVersion: 1\nLicense-File: X\n", ["A", "B"])).toBe("Name: a\nVersion: 1\nLicense-File: A\nLicense-File: B\n");
  });

  it("WHEEL declares a pure py3-none-any wheel", () => {
    const w = wheelFileText("test");
    expect(w).toContain("Wheel-Version: 1.0\n");
    expect(w).toContain("Root-Is-Purelib: true\n");
    expect(w).toContain("Tag: py3-none-any\n");
  });
});

describe("file selection", () => {
  it("drops bytecode, extensions, C sources and orphaned stubs", () => {
    const paths = [
      "__init__.py",
      "_native.py",
      "_speedups.c",
      "_speedups.cpython-313-x86_64-linux-gnu.so",
      "_speedups.pyi",
      "typed.pyi",
      "typed.py",
      "py.typed",
      "__pycache__/__init__.cpython-313.pyc",
      "debug/shared/style.css",
      "old.pyc",
    ];
    expect(selectPayload(paths)).toEqual(["__init__.py", "_native.py", "debug/shared/style.css", "py.typed", "typed.py", "typed.pyi"]);
  });

  it("keeps only portable dist-info files", () => {
    expect(
      selectDistInfoFiles(["INSTALLER", "METADATA", "WHEEL", "RECORD", "entry_points.txt", "licenses/LICENSE.txt", "direct_url.json"], "dist-info"),
    ).toEqual(["entry_points.txt", "licenses/LICENSE.txt"]);
    expect(selectDistInfoFiles(["PKG-INFO", "top_level.txt", "dependency_links.txt", "entry_points.txt", "SOURCES.txt"], "egg-info")).toEqual([
      "entry_points.txt",
    ]);
  });
});

describe("assembleWheel", () => {
  const base = {
    name: "markupsafe",
    version: "2.1.5",
    metadata: "Metadata-Version: 2.2\nName: MarkupSafe\nVersion: 2.1.5\nLicense-File: LICENSE.rst\n\nBody\n",
    packageFiles: [
      { path: "markupsafe/py.typed", data: bytes("") },
      { path: "markupsafe/__init__.py", data: bytes("from ._native import escape\n") },
    ],
    distInfoFiles: [{ path: "licenses/debian-copyright", data: bytes("BSD-3-Clause text\n") }],
    generator: "test",
  };

  it("lays out package files, dist-info and RECORD last with correct hashes", () => {
    const w = assembleWheel(base);
    expect(w.fileName).toBe("markupsafe-2.1.5-py3-none-any.whl");
    expect(w.distInfo).toBe("markupsafe-2.1.5.dist-info");
    expect(w.entries.map((e) => e.path)).toEqual([
      "markupsafe/__init__.py",
      "markupsafe/py.typed",
      "markupsafe-2.1.5.dist-info/METADATA",
      "markupsafe-2.1.5.dist-info/WHEEL",
      "markupsafe-2.1.5.dist-info/licenses/debian-copyright",
      "markupsafe-2.1.5.dist-info/RECORD",
    ]);
    const metadata = Buffer.from(w.entries[2].data).toString("utf8");
    expect(metadata).toBe("Metadata-Version: 2.2\nName: MarkupSafe\nVersion: 2.1.5\nLicense-File: debian-copyright\n\nBody\n");

    const record = Buffer.from(w.entries[5].data).toString("utf8").trimEnd().split("\n");
    expect(record).toHaveLength(w.entries.length);
    for (const [i, row] of record.entries()) {
      const [path, hash, size] = row.split(",");
      expect(path).toBe(w.entries[i].path);
      if (i === record.length - 1) expect([hash, size]).toEqual(["", ""]);
      else expect([hash, size]).toEqual([`sha256=${b64urlSha256(w.entries[i].data)}`, String(w.entries[i].data.length)]);
    }
  });

  it("leaves METADATA untouched when no license files are added", () => {
    const w = assembleWheel({ ...base, distInfoFiles: [] });
    expect(Buffer.from(w.entries[2].data).toString("utf8")).toBe(base.metadata);
  });

  it("refuses metadata that does not match the pin", () => {
    expect(() => assembleWheel({ ...base, version: "2.1.4" })).toThrow(/Version: 2.1.5, expected 2.1.4/);
    expect(() => assembleWheel({ ...base, name: "flask" })).toThrow(/Name: MarkupSafe/);
  });

  it("refuses generated or colliding files", () => {
    expect(() => assembleWheel({ ...base, distInfoFiles: [{ path: "RECORD", data: bytes("") }] })).toThrow(/generated/);
    expect(() => assembleWheel({ ...base, packageFiles: [{ path: "x-1.dist-info/METADATA", data: bytes("") }] })).toThrow(/collides/);
  });

  it("zips deterministically into a readable archive", () => {
    const a = buildWheel(base);
    const b = buildWheel(base);
    expect(Buffer.compare(a.bytes, b.bytes)).toBe(0);
    const files = readZip(a.bytes);
    expect(files.map((f) => f.path)).toEqual(a.entries.map((e) => e.path));
    for (const [i, f] of files.entries()) expect(Buffer.compare(f.data, Buffer.from(a.entries[i].data))).toBe(0);
  });
});

describe("zip writer", () => {
  it("computes standard CRC-32", () => {
    expect(crc32(bytes("hello"))).toBe(0x3610a686);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it("encodes DOS timestamps and clamps to 1980", () => {
    expect(dosDateTime(new Date(Date.UTC(1970, 0, 1)))).toEqual({ time: 0, date: (1 << 5) | 1 });
    expect(dosDateTime(new Date(Date.UTC(2024, 1, 29, 13, 45, 58)))).toEqual({ time: (13 << 11) | (45 << 5) | 29, date: (44 << 9) | (2 << 5) | 29 });
  });

  it("stores incompressible data, deflates the rest, records modes and CRCs", () => {
    const text = bytes("abc ".repeat(200));
    const zip = createZip([
      { path: "a.txt", data: text },
      { path: "b.bin", data: Uint8Array.from([1, 2, 3]) },
      { path: "dir/c.sh", data: bytes("#!/bin/sh\n"), mode: 0o755 },
    ]);
    const files = readZip(zip);
    expect(files.map((f) => [f.path, f.method])).toEqual([
      ["a.txt", 8],
      ["b.bin", 0],
      ["dir/c.sh", 0],
    ]);
    expect(files[0].data.toString()).toBe("abc ".repeat(200));
    expect(files[0].crc).toBe(crc32(text));
    expect(files[0].mode).toBe(0o100644);
    expect(files[2].mode).toBe(0o100755);
  });

  it("rejects unsafe or duplicate names", () => {
    for (const path of ["/abs", "../up", "a/../b", "win\\path", ""]) {
      expect(() => createZip([{ path, data: new Uint8Array() }])).toThrow(/unsafe/);
    }
    expect(() =>
      createZip([
        { path: "x", data: new Uint8Array() },
        { path: "x", data: new Uint8Array() },
      ]),
    ).toThrow(/duplicate/);
  });
});
