// Pure helpers for building pure-Python wheels (PEP 427 / the "binary
// distribution format" spec). No file system or network access here, so
// these are easy to unit-test; scripts/wheels.mjs does the I/O.
//
// A wheel is a ZIP archive holding the importable files at its root plus a
// `{name}-{version}.dist-info/` folder with:
//   METADATA  core metadata (the same format as an sdist's PKG-INFO)
//   WHEEL     wheel format version, tags, Root-Is-Purelib
//   RECORD    CSV of every file with its sha256 and size (its own row empty)

import { createHash } from "node:crypto";
import { createZip } from "./zip-writer.mjs";

export const WHEEL_TAG = "py3-none-any";
export const DEFAULT_GENERATOR = "flask-response-playground (scripts/wheels.mjs)";

/** PEP 503 normalized project name: runs of `-_.` become `-`, lowercased. */
export function canonicalName(name) {
  return String(name)
    .replace(/[-_.]+/g, "-")
    .toLowerCase();
}

/** The name as it appears in wheel and dist-info file names (`-` not allowed there). */
export function wheelNameComponent(name) {
  return canonicalName(name).replace(/-/g, "_");
}

function checkVersion(version) {
  // A normalized PEP 440 version never contains `-`, which would break the file name.
  if (!/^[0-9][0-9A-Za-z.!+]*$/.test(version)) throw new Error(`unsupported version string ${JSON.stringify(version)}`);
  return version;
}

/** e.g. wheelFileName('Flask', '3.1.1') === 'flask-3.1.1-py3-none-any.whl' */
export function wheelFileName(name, version) {
  return `${wheelNameComponent(name)}-${checkVersion(version)}-${WHEEL_TAG}.whl`;
}

/** e.g. distInfoDirName('MarkupSafe', '2.1.5') === 'markupsafe-2.1.5.dist-info' */
export function distInfoDirName(name, version) {
  return `${wheelNameComponent(name)}-${checkVersion(version)}.dist-info`;
}

/** The hash column of RECORD: `sha256=` + urlsafe base64 without padding. */
export function recordHash(data) {
  return "sha256=" + createHash("sha256").update(data).digest("base64url");
}

/** One CSV row, quoted like Python's csv module does (only when needed). */
export function csvRow(fields) {
  return fields.map((f) => (/[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(",");
}

/**
 * RECORD text for the given files, plus a last row for RECORD itself with
 * empty hash and size (as the spec requires).
 * @param {{path: string, data: Uint8Array}[]} files
 * @param {string} recordPath e.g. 'flask-3.1.1.dist-info/RECORD'
 */
export function buildRecord(files, recordPath) {
  const rows = files.map((f) => csvRow([f.path, recordHash(f.data), String(f.data.length)]));
  rows.push(csvRow([recordPath, "", ""]));
  return rows.join("\n") + "\n";
}

/** Contents of dist-info/WHEEL for a pure-Python, any-platform wheel. */
export function wheelFileText(generator = DEFAULT_GENERATOR) {
  return ["Wheel-Version: 1.0", `Generator: ${generator}`, "Root-Is-Purelib: true", `Tag: ${WHEEL_TAG}`, ""].join("\n");
}

/** Minimal core metadata, for when a source ships none. */
export function minimalMetadata(name, version) {
  return `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\n`;
}

/**
 * Parse the header block of METADATA / PKG-INFO (RFC 822 style; the header
 * block ends at the first empty line, continuation lines start with
 * whitespace).
 * @returns {{headers: [string, string][], name?: string, version?: string}}
 */
export function parseMetadata(text) {
  const headers = [];
  for (const line of String(text).replace(/\r\n?/g, "\n").split("\n")) {
    if (line === "") break;
    if (/^[ \t]/.test(line) && headers.length > 0) {
      headers[headers.length - 1][1] += "\n" + line;
      continue;
    }
    const m = /^([A-Za-z0-9][A-Za-z0-9-]*):[ \t]?(.*)$/.exec(line);
    if (!m) throw new Error(`cannot parse metadata header line ${JSON.stringify(line)}`);
    headers.push([m[1], m[2]]);
  }
  const get = (key) => headers.find(([k]) => k.toLowerCase() === key.toLowerCase())?.[1];
  return { headers, name: get("Name"), version: get("Version") };
}

/**
 * Make the `License-File:` headers list exactly `names` (paths relative to
 * dist-info/licenses/), so METADATA never points at a license file the wheel
 * does not contain. Other headers and the body are kept byte for byte.
 */
export function setLicenseFiles(metadataText, names) {
  const text = String(metadataText).replace(/\r\n?/g, "\n");
  const split = text.indexOf("\n\n");
  const head = split === -1 ? text.replace(/\n+$/, "") : text.slice(0, split);
  const body = split === -1 ? "\n" : text.slice(split);
  const kept = [];
  let dropping = false;
  for (const line of head.split("\n")) {
    if (/^[ \t]/.test(line) && dropping) continue; // continuation of a dropped header
    dropping = /^license-file:/i.test(line);
    if (!dropping) kept.push(line);
  }
  for (const n of names) kept.push(`License-File: ${n}`);
  return kept.join("\n") + body;
}

const DROPPED_DIRS = new Set(["__pycache__"]);
// Compiled artefacts and C sources: a pure wheel must not carry them.
const DROPPED_FILES = /\.(pyc|pyo|so|pyd|dylib|dll|c|h|cpp)$/i;

/**
 * Choose which files of a package tree go into a pure wheel: drops
 * __pycache__, bytecode, compiled extension modules and C sources, and `.pyi`
 * stubs that have no `.py` beside them (those describe an extension module
 * we just dropped, e.g. markupsafe/_speedups.pyi). Returns sorted paths.
 * @param {string[]} paths relative, '/'-separated
 */
export function selectPayload(paths) {
  const kept = paths.filter((p) => !p.split("/").some((seg) => DROPPED_DIRS.has(seg)) && !DROPPED_FILES.test(p));
  const keptSet = new Set(kept);
  return kept.filter((p) => !p.endsWith(".pyi") || keptSet.has(p.slice(0, -1))).sort();
}

// dist-info files that a new wheel must not copy: we write METADATA, WHEEL and
// RECORD ourselves, and the others are written by installers (PEP 376/610/627).
const NOT_COPIED = new Set(["METADATA", "WHEEL", "RECORD", "RECORD.jws", "RECORD.p7s", "INSTALLER", "REQUESTED", "direct_url.json"]);
// From a legacy *.egg-info only these carry over (PKG-INFO becomes METADATA).
const FROM_EGG_INFO = new Set(["entry_points.txt"]);

/**
 * Which files of an existing `.dist-info` or `.egg-info` folder to carry into
 * the new dist-info (paths relative to that folder). Sorted.
 * @param {string[]} paths
 * @param {'dist-info'|'egg-info'} kind
 */
export function selectDistInfoFiles(paths, kind) {
  const keep = kind === "egg-info" ? (p) => FROM_EGG_INFO.has(p) : (p) => !NOT_COPIED.has(p) && !p.split("/").includes("__pycache__");
  return paths.filter(keep).sort();
}

const byPath = (a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/**
 * Lay out the entries of a pure wheel.
 *
 * @param {object} o
 * @param {string} o.name       project name, e.g. 'markupsafe'
 * @param {string} o.version    e.g. '2.1.5'; must equal METADATA's Version
 * @param {{path: string, data: Uint8Array}[]} o.packageFiles  paths relative to site-packages, e.g. 'markupsafe/__init__.py'
 * @param {string} o.metadata   METADATA / PKG-INFO text; its Name and Version are checked
 * @param {{path: string, data: Uint8Array}[]} [o.distInfoFiles] extra dist-info files, paths relative to the dist-info folder (e.g. 'entry_points.txt', 'licenses/LICENSE.txt')
 * @param {string} [o.generator]
 * @returns {{fileName: string, distInfo: string, entries: {path: string, data: Uint8Array}[]}}
 *   entries: package files (sorted), then dist-info files, RECORD last.
 */
export function assembleWheel({ name, version, packageFiles, metadata, distInfoFiles = [], generator = DEFAULT_GENERATOR }) {
  const meta = parseMetadata(metadata);
  if (!meta.name || canonicalName(meta.name) !== canonicalName(name)) {
    throw new Error(`${name}: metadata says Name: ${meta.name ?? "(missing)"}`);
  }
  if (meta.version !== version) {
    throw new Error(`${name}: metadata says Version: ${meta.version ?? "(missing)"}, expected ${version}`);
  }
  if (packageFiles.length === 0) throw new Error(`${name}: no package files`);

  const distInfo = distInfoDirName(name, version);
  for (const f of packageFiles) {
    const top = f.path.split("/")[0];
    if (top.endsWith(".dist-info") || top.endsWith(".data")) throw new Error(`${name}: package file ${f.path} collides with wheel metadata`);
  }
  for (const f of distInfoFiles) {
    if (NOT_COPIED.has(f.path)) throw new Error(`${name}: dist-info/${f.path} is generated, do not pass it in`);
  }

  const licenses = distInfoFiles.filter((f) => f.path.startsWith("licenses/")).map((f) => f.path.slice("licenses/".length));
  const metadataText = licenses.length > 0 ? setLicenseFiles(metadata, licenses.sort()) : String(metadata);

  const utf8 = (s) => Buffer.from(s, "utf8");
  const files = [
    ...[...packageFiles].sort(byPath),
    { path: `${distInfo}/METADATA`, data: utf8(metadataText) },
    { path: `${distInfo}/WHEEL`, data: utf8(wheelFileText(generator)) },
    ...[...distInfoFiles].sort(byPath).map((f) => ({ path: `${distInfo}/${f.path}`, data: f.data })),
  ];
  const recordPath = `${distInfo}/RECORD`;
  const entries = [...files, { path: recordPath, data: utf8(buildRecord(files, recordPath)) }];
  return { fileName: wheelFileName(name, version), distInfo, entries };
}

/** assembleWheel + zip it. Returns the wheel's bytes as well. */
export function buildWheel(options) {
  const wheel = assembleWheel(options);
  return { ...wheel, bytes: createZip(wheel.entries) };
}
