#!/usr/bin/env node
// Fill public/wheels/ with pure-Python wheels of Flask and its dependencies,
// and write public/wheels/manifest.json:
//   {"source": "pypi"|"debian", "packages": [{name, version, module, file, sha256, size, extension?}, ...]}
//
// Usage: node scripts/wheels.mjs [--force] [--source=auto|pypi|debian]
//
// Sources, in order (auto):
//   1. PyPI: the py3-none-any wheel of each pinned version, sha256-checked
//      against PyPI's JSON API. markupsafe 2.1.5 has no pure wheel there, so
//      its sdist is repackaged into one.
//   2. Debian trixie: the python3-* packages, fetched with apt-get into a
//      private cache (.cache/debian/; the system's apt configuration and state
//      are not touched, no root needed), unpacked with dpkg-deb and
//      repackaged: compiled files dropped, dist-info regenerated.
//
// Does nothing (fast) when manifest.json and every wheel it lists are intact.
// Needs only Node >= 20; path 1 also needs `tar`, path 2 `apt-get` + `dpkg-deb`.

import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { gunzipSync } from "node:zlib";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { buildWheel, canonicalName, minimalMetadata, selectDistInfoFiles, selectPayload } from "./lib/wheel.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "public", "wheels");
const MANIFEST = join(OUT, "manifest.json");
const CACHE = join(ROOT, ".cache");

// The pinned set. `module` is the import package; `deb`/`debVersion` the exact
// Debian trixie binary package (checked: each ships that upstream version).
const PACKAGES = [
  { name: "flask", version: "3.1.1", module: "flask", deb: "python3-flask", debVersion: "3.1.1-1+deb13u1" },
  { name: "werkzeug", version: "3.1.3", module: "werkzeug", deb: "python3-werkzeug", debVersion: "3.1.3-2" },
  { name: "jinja2", version: "3.1.6", module: "jinja2", deb: "python3-jinja2", debVersion: "3.1.6-1" },
  { name: "markupsafe", version: "2.1.5", module: "markupsafe", deb: "python3-markupsafe", debVersion: "2.1.5-1+b3" },
  { name: "itsdangerous", version: "2.2.0", module: "itsdangerous", deb: "python3-itsdangerous", debVersion: "2.2.0-2" },
  // Debian's version string for click 8.1.8 (a revert from 8.2.0) is odd but correct.
  { name: "click", version: "8.1.8", module: "click", deb: "python3-click", debVersion: "8.2.0+0.really.8.1.8-1" },
  { name: "blinker", version: "1.9.0", module: "blinker", deb: "python3-blinker", debVersion: "1.9.0-1" },
  // Extensions: not part of a start; each is its own archive, fetched the
  // first time an app imports it (scripts/precompile.mjs, on_demand.py).
  { name: "flask-talisman", version: "1.1.0", module: "flask_talisman", deb: "python3-flask-talisman", debVersion: "1.1.0-2", extension: true },
  // Debian built flask-cors without its version tag: the dist-info says 0.0.1
  // (debMetadataVersion), the code and the package's changelog say 6.0.1.
  {
    name: "flask-cors",
    version: "6.0.1",
    module: "flask_cors",
    deb: "python3-flask-cors",
    debVersion: "6.0.1-1",
    debMetadataVersion: "0.0.1",
    extension: true,
  },
];

// WHEELS_PYPI_URL points at another index with the same JSON API (e.g. a local fake for testing).
const PYPI = (process.env.WHEELS_PYPI_URL || "https://pypi.org/pypi").replace(/\/$/, "");
const DEBIAN = {
  mirror: "http://deb.debian.org/debian",
  suite: "trixie",
  // Pin the architecture so the arch-specific python3-markupsafe resolves to the
  // same pinned version on any host (its compiled part is dropped anyway).
  arch: "amd64",
  // debian-archive-keyring >= 2023.3+deb12u2 (bookworm) holds the trixie keys.
  keyring: process.env.WHEELS_DEBIAN_KEYRING || "/usr/share/keyrings/debian-archive-keyring.gpg",
  // If that keyring can't verify trixie, get a newer one from this suite first.
  bootstrapSuite: "bookworm",
};

const log = (msg) => console.log(`[wheels] ${msg}`);
const warn = (msg) => console.warn(`[wheels] warning: ${msg}`);
const sha256 = (data) => createHash("sha256").update(data).digest("hex");

// ---------------------------------------------------------------- main ----

async function main() {
  const args = parseArgs(process.argv.slice(2));
  ensureGitignore([".cache/", "public/wheels/"]);

  const reason = args.force ? "--force" : staleReason(args.source);
  if (!reason) {
    log("wheelhouse up to date");
    return;
  }
  log(`rebuilding (${reason})`);

  const order = args.source === "auto" ? ["pypi", "debian"] : [args.source];
  const failures = [];
  for (const source of order) {
    try {
      if (source === "pypi") {
        const why = await pypiUnreachable();
        if (why) {
          failures.push(`pypi: not reachable (${why})`);
          log(`PyPI not reachable (${why})${order.length > 1 ? ", trying Debian" : ""}`);
          continue;
        }
      }
      log(`building from ${source === "pypi" ? "PyPI" : `Debian ${DEBIAN.suite}`}`);
      const wheels = source === "pypi" ? await fromPyPI() : fromDebian();
      writeWheelhouse(source, wheels);
      return;
    } catch (err) {
      failures.push(`${source}: ${err.message}`);
      log(`${source} failed: ${err.message}`);
    }
  }
  throw new Error(
    `could not build the wheelhouse from any source:\n${failures.map((f) => `  - ${f}`).join("\n")}\n` +
      "Needs network access to pypi.org, or to deb.debian.org together with apt-get and dpkg-deb (Debian/Ubuntu).",
  );
}

function parseArgs(argv) {
  const args = { force: false, source: "auto" };
  for (const a of argv) {
    if (a === "--force") args.force = true;
    else if (a.startsWith("--source=") && ["auto", "pypi", "debian"].includes(a.slice(9))) args.source = a.slice(9);
    else if (a === "--help" || a === "-h") {
      console.log("usage: node scripts/wheels.mjs [--force] [--source=auto|pypi|debian]");
      process.exit(0);
    } else throw new Error(`unknown argument ${a} (try --help)`);
  }
  return args;
}

/** Append the given patterns to .gitignore unless already there. */
function ensureGitignore(patterns) {
  const file = join(ROOT, ".gitignore");
  const text = existsSync(file) ? readFileSync(file, "utf8") : "";
  const norm = (l) => l.trim().replace(/^\//, "").replace(/\/$/, "");
  const present = new Set(text.split(/\r?\n/).map(norm));
  const missing = patterns.filter((p) => !present.has(norm(p)));
  if (missing.length === 0) return;
  const sepNl = text === "" || text.endsWith("\n") ? "" : "\n";
  writeFileSync(file, text + sepNl + missing.join("\n") + "\n");
  log(`added ${missing.join(", ")} to .gitignore`);
}

/** Why the wheelhouse needs (re)building, or null if manifest.json lists exactly the pinned set and every wheel is intact. */
function staleReason(requestedSource) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(MANIFEST, "utf8"));
  } catch {
    return `no readable ${relative(ROOT, MANIFEST)}`;
  }
  if (requestedSource !== "auto" && manifest.source !== requestedSource) return `built from ${manifest.source}, ${requestedSource} asked for`;
  const listed = Array.isArray(manifest.packages) ? manifest.packages : [];
  if (listed.length !== PACKAGES.length) return "manifest lists a different set of packages";
  for (const pin of PACKAGES) {
    const p = listed.find((x) => x.name === pin.name);
    if (!p || p.version !== pin.version || p.module !== pin.module || typeof p.file !== "string" || p.file.includes("/"))
      return `manifest has no ${pin.name} ${pin.version}`;
    let data;
    try {
      data = readFileSync(join(OUT, p.file));
    } catch {
      return `${p.file} is missing`;
    }
    if (data.length !== p.size || sha256(data) !== p.sha256) return `${p.file} does not match its sha256`;
  }
  return null;
}

/** Write the wheels, drop stale ones, then the manifest (last, atomically). */
function writeWheelhouse(source, wheels) {
  mkdirSync(OUT, { recursive: true });
  const packages = [];
  for (const w of wheels) {
    const tmp = join(OUT, `.${w.fileName}.tmp`);
    writeFileSync(tmp, w.bytes);
    renameSync(tmp, join(OUT, w.fileName));
    const pin = PACKAGES.find((p) => p.name === w.name);
    packages.push({
      name: w.name,
      version: w.version,
      module: pin.module,
      file: w.fileName,
      sha256: sha256(w.bytes),
      size: w.bytes.length,
      ...(pin.extension ? { extension: true } : {}),
    });
  }
  const keep = new Set(packages.map((p) => p.file));
  for (const f of readdirSync(OUT)) {
    if (f.endsWith(".whl") && !keep.has(f)) {
      rmSync(join(OUT, f));
      log(`removed stale ${f}`);
    }
  }
  const tmp = `${MANIFEST}.tmp`;
  writeFileSync(tmp, JSON.stringify({ source, packages }, null, 2) + "\n");
  renameSync(tmp, MANIFEST);

  for (const p of packages) log(`  ${p.file.padEnd(40)} ${String(p.size).padStart(7)} bytes  sha256 ${p.sha256.slice(0, 12)}…`);
  log(`wrote ${packages.length} wheels and ${relative(ROOT, MANIFEST)} (source: ${source})`);
}

// ---------------------------------------------------- shared repackaging ----

/** Every regular file under `dir`, as {path (relative, '/'-separated), data}. */
function readTree(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      const st = lstatSync(full);
      if (st.isDirectory()) walk(full);
      else if (st.isFile()) out.push({ path: relative(dir, full).split(sep).join("/"), data: readFileSync(full) });
      else throw new Error(`${full}: not a regular file or folder (symlink?); refusing to package it`);
    }
  };
  walk(dir);
  return out;
}

/**
 * Build a pure wheel from an unpacked package folder (used by both sources).
 * @param pin          entry of PACKAGES
 * @param moduleDir    folder of the import package, e.g. .../dist-packages/markupsafe
 * @param metadata     METADATA or PKG-INFO text
 * @param distInfoFiles extra dist-info files [{path, data}] (entry points, licenses)
 */
function wheelFromTree(pin, { moduleDir, metadata, distInfoFiles = [] }) {
  const tree = readTree(moduleDir);
  const chosen = new Set(selectPayload(tree.map((f) => f.path)));
  const dropped = tree.filter((f) => !chosen.has(f.path)).map((f) => f.path);
  if (dropped.length) log(`  ${pin.name}: left out ${dropped.filter((p) => !p.includes("__pycache__/")).join(", ") || "__pycache__"}`);
  const packageFiles = tree.filter((f) => chosen.has(f.path)).map((f) => ({ path: `${pin.module}/${f.path}`, data: f.data }));
  const wheel = buildWheel({ name: pin.name, version: pin.version, packageFiles, metadata, distInfoFiles });
  return { name: pin.name, version: pin.version, fileName: wheel.fileName, bytes: wheel.bytes };
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: "utf8", ...opts });
  if (r.error) throw new Error(`${cmd}: ${r.error.code === "ENOENT" ? "not installed" : r.error.message}`);
  return r;
}

function runOk(cmd, args, opts = {}) {
  const r = run(cmd, args, opts);
  if (r.status !== 0)
    throw new Error(`${cmd} ${args.filter((a) => !a.includes("::")).join(" ")} failed (exit ${r.status}):\n${(r.stderr || r.stdout).trim()}`);
  return r;
}

// ------------------------------------------------------------ 1. PyPI ----

async function pypiUnreachable() {
  try {
    const res = await fetch(`${PYPI}/flask/3.1.1/json`, { signal: AbortSignal.timeout(3000) });
    await res.body?.cancel();
    return res.ok ? null : `HTTP ${res.status}`;
  } catch (err) {
    return err.cause?.code ?? err.name ?? String(err);
  }
}

async function download(url, expectedSha256) {
  const res = await fetch(url, { signal: AbortSignal.timeout(120_000) });
  if (!res.ok) throw new Error(`GET ${url}: HTTP ${res.status}`);
  const data = Buffer.from(await res.arrayBuffer());
  const got = sha256(data);
  if (got !== expectedSha256) throw new Error(`${url}: sha256 ${got} does not match PyPI's ${expectedSha256}`);
  return data;
}

async function fromPyPI() {
  const wheels = [];
  for (const pin of PACKAGES) {
    const res = await fetch(`${PYPI}/${pin.name}/${pin.version}/json`, { signal: AbortSignal.timeout(30_000) });
    if (!res.ok) throw new Error(`${pin.name} ${pin.version}: PyPI JSON API answered HTTP ${res.status}`);
    const { urls } = await res.json();
    const wheel = urls.find((u) => u.packagetype === "bdist_wheel" && /-(py3|py2\.py3)-none-any\.whl$/.test(u.filename));
    if (wheel) {
      const bytes = await download(wheel.url, wheel.digests.sha256);
      wheels.push({ name: pin.name, version: pin.version, fileName: wheel.filename, bytes });
      log(`  ${pin.name} ${pin.version}: ${wheel.filename} from PyPI`);
      continue;
    }
    // No pure wheel (markupsafe 2.1.5 only has compiled ones): repackage the sdist.
    const sdist = urls.find((u) => u.packagetype === "sdist");
    if (!sdist) throw new Error(`${pin.name} ${pin.version}: PyPI has neither a py3-none-any wheel nor an sdist`);
    const bytes = await download(sdist.url, sdist.digests.sha256);
    wheels.push(wheelFromSdist(pin, sdist.filename, bytes));
    log(`  ${pin.name} ${pin.version}: repackaged ${sdist.filename} from PyPI`);
  }
  return wheels;
}

/** Unpack an sdist (.tar.gz) and wheel up its `src/<module>` (or `<module>`). */
function wheelFromSdist(pin, fileName, bytes) {
  const tmp = mkdtempSync(join(tmpdir(), "wheels-sdist-"));
  try {
    const archive = join(tmp, fileName);
    writeFileSync(archive, bytes);
    runOk("tar", ["-xzf", archive, "-C", tmp, "--no-same-owner"]);
    const top = readdirSync(tmp).filter((n) => n !== fileName && lstatSync(join(tmp, n)).isDirectory());
    if (top.length !== 1) throw new Error(`${fileName}: expected one top-level folder, found ${top.join(", ")}`);
    const root = join(tmp, top[0]);
    const moduleDir = [join(root, "src", pin.module), join(root, pin.module)].find((d) => existsSync(d));
    if (!moduleDir) throw new Error(`${fileName}: no src/${pin.module}/ or ${pin.module}/ folder`);
    const pkgInfo = join(root, "PKG-INFO");
    const metadata = existsSync(pkgInfo) ? readFileSync(pkgInfo, "utf8") : minimalMetadata(pin.name, pin.version);
    const licenses = readdirSync(root)
      .filter((n) => /^(LICEN[CS]E|COPYING|NOTICE|AUTHORS)/i.test(n) && lstatSync(join(root, n)).isFile())
      .map((n) => ({ path: `licenses/${n}`, data: readFileSync(join(root, n)) }));
    return wheelFromTree(pin, { moduleDir, metadata, distInfoFiles: licenses });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------- 2. Debian ----

function fromDebian() {
  for (const tool of ["apt-get", "apt-cache", "dpkg-deb"]) {
    if (run(tool, ["--version"]).status !== 0) throw new Error(`${tool} does not work here`);
  }
  const D = join(CACHE, "debian");
  const apt = new PrivateApt(join(D, "apt"));
  let keyring = DEBIAN.keyring;
  try {
    apt.update([{ suite: DEBIAN.suite, keyring }]);
  } catch (err) {
    if (!/NO_PUBKEY|EXPKEYSIG|KEYEXPIRED|not signed|signature/i.test(err.message)) throw err;
    log(`${keyring} cannot verify ${DEBIAN.suite}; fetching debian-archive-keyring from ${DEBIAN.bootstrapSuite}`);
    keyring = bootstrapKeyring(join(D, "bootstrap"));
    apt.update([{ suite: DEBIAN.suite, keyring }]);
  }
  log(`  apt index for ${DEBIAN.suite} verified with ${keyring}`);

  const debsDir = join(D, "debs");
  mkdirSync(debsDir, { recursive: true });
  const debs = apt.download(
    PACKAGES.map((p) => ({ pkg: p.deb, version: p.debVersion })),
    debsDir,
  );
  const wheels = [];
  for (const pin of PACKAGES) {
    const deb = debs.get(pin.deb);
    const x = join(D, "unpacked", pin.deb);
    rmSync(x, { recursive: true, force: true });
    mkdirSync(x, { recursive: true });
    runOk("dpkg-deb", ["-x", deb.file, x]);
    wheels.push(wheelFromDebian(pin, x));
    log(`  ${pin.name} ${pin.version}: repackaged ${pin.deb} ${deb.version}`);
  }
  return wheels;
}

/** Make a pure wheel from an unpacked python3-* Debian package. */
function wheelFromDebian(pin, root) {
  const site = join(root, "usr", "lib", "python3", "dist-packages");
  if (!existsSync(site)) throw new Error(`${pin.deb}: no usr/lib/python3/dist-packages`);
  const entries = readdirSync(site);
  // Debian names the folder e.g. Flask-3.1.1.dist-info, or (older builds) a
  // legacy MarkupSafe-2.1.5.egg-info; the wheel gets a normalized dist-info.
  const meta = entries.map((n) => /^(.+?)-([^-]+)\.(dist-info|egg-info)$/.exec(n)).find((m) => m && canonicalName(m[1]) === canonicalName(pin.name));
  if (!meta) throw new Error(`${pin.deb}: no ${pin.name} *.dist-info or *.egg-info in dist-packages`);
  const others = entries.filter((n) => n !== meta[0] && n !== pin.module && n !== "__pycache__");
  if (others.length) warn(`${pin.deb}: also ships ${others.join(", ")} (not packaged)`);

  const metaDir = join(site, meta[0]);
  const kind = meta[3];
  let metadata = readFileSync(join(metaDir, kind === "egg-info" ? "PKG-INFO" : "METADATA"), "utf8");
  if (pin.debMetadataVersion) metadata = correctedVersion(pin, root, metadata);
  const tree = readTree(metaDir);
  const chosen = new Set(
    selectDistInfoFiles(
      tree.map((f) => f.path),
      kind,
    ),
  );
  const distInfoFiles = tree.filter((f) => chosen.has(f.path));
  if (!distInfoFiles.some((f) => f.path.startsWith("licenses/"))) {
    // Debian strips upstream's license files; its copyright file carries the
    // license text, which the BSD licenses require redistributions to include.
    const copyright = join(root, "usr", "share", "doc", pin.deb, "copyright");
    if (existsSync(copyright)) distInfoFiles.push({ path: "licenses/debian-copyright", data: readFileSync(copyright) });
  }
  return wheelFromTree(pin, { moduleDir: join(site, pin.module), metadata, distInfoFiles });
}

/**
 * The metadata of a package Debian built with a wrong Version (a dynamic
 * version its build could not read), set to the pinned one: only when it
 * says exactly the wrong version the pin expects and the package's own
 * changelog names the pinned upstream version.
 */
function correctedVersion(pin, root, metadata) {
  const line = /^Version: (.*)$/m.exec(metadata);
  if (line?.[1] !== pin.debMetadataVersion)
    throw new Error(`${pin.deb}: metadata says Version: ${line?.[1]}, the pin expects ${pin.debMetadataVersion}`);
  const changelog = join(root, "usr", "share", "doc", pin.deb, "changelog.Debian.gz");
  const top = gunzipSync(readFileSync(changelog)).toString("utf8").split("\n", 1)[0];
  if (!top.includes(`(${pin.version}-`)) throw new Error(`${pin.deb}: changelog.Debian starts "${top}", not upstream ${pin.version}`);
  warn(`${pin.deb}: its metadata says Version: ${pin.debMetadataVersion}; its changelog says ${pin.version}, which the wheel gets`);
  return metadata.replace(/^Version: .*$/m, `Version: ${pin.version}`);
}

/**
 * apt-get/apt-cache with all state in a private folder: the system's sources,
 * lists, preferences and dpkg status are not read or written, so this works
 * as a normal user and does not disturb the machine's apt setup.
 */
class PrivateApt {
  constructor(dir) {
    this.dir = dir;
    for (const d of ["sources", "preferences.d", "lists/partial", "cache/archives/partial", "state"]) mkdirSync(join(dir, d), { recursive: true });
    if (!existsSync(join(dir, "status"))) writeFileSync(join(dir, "status"), ""); // empty dpkg status: nothing "installed"
  }

  options() {
    const d = this.dir;
    const o = {
      "Dir::Etc::SourceList": "/dev/null",
      "Dir::Etc::SourceParts": `${d}/sources`,
      "Dir::Etc::Preferences": "/dev/null",
      "Dir::Etc::PreferencesParts": `${d}/preferences.d`,
      "Dir::State": `${d}/state`,
      "Dir::State::Lists": `${d}/lists`,
      "Dir::State::status": `${d}/status`,
      "Dir::Cache": `${d}/cache`,
      "Debug::NoLocking": "1",
      "APT::Architecture": DEBIAN.arch,
      "APT::Architectures": DEBIAN.arch,
      "Acquire::Languages": "none",
    };
    // As root, apt downloads as the unprivileged `_apt` user, which can't write
    // into our folders; it would fall back with a warning. Skip the drop here.
    if (process.getuid?.() === 0) o["APT::Sandbox::User"] = "root";
    return Object.entries(o).flatMap(([k, v]) => ["-o", `${k}=${v}`]);
  }

  /** Point the private sources at `repos` and fetch their (signed) indexes. */
  update(repos) {
    const dir = join(this.dir, "sources");
    for (const f of readdirSync(dir)) rmSync(join(dir, f));
    for (const { suite, keyring } of repos) {
      if (!existsSync(keyring)) throw new Error(`keyring ${keyring} not found (install debian-archive-keyring, or set WHEELS_DEBIAN_KEYRING)`);
      const text = `Types: deb\nURIs: ${DEBIAN.mirror}\nSuites: ${suite}\nComponents: main\nSigned-By: ${keyring}\n`;
      writeFileSync(join(dir, `${suite}.sources`), text);
    }
    const r = run("apt-get", [...this.options(), "-q", "update"], { cwd: this.dir });
    const out = `${r.stdout}\n${r.stderr}`;
    // apt-get update can exit 0 after a failed fetch or a bad signature (it
    // then says so in W: lines), so look at the messages too.
    if (r.status !== 0 || /^(E|Err):|^W: (GPG error|Failed to fetch|.*not signed)/m.test(out)) {
      throw new Error(`apt-get update for ${repos.map((x) => x.suite).join(", ")} failed:\n${out.trim()}`);
    }
    for (const line of out.split("\n")) if (line.startsWith("W: ")) warn(`apt: ${line.slice(3)}`);
  }

  /** Versions apt knows for each of `pkgs`, newest first: Map pkg -> [version]. */
  versions(pkgs) {
    const r = runOk("apt-cache", [...this.options(), "madison", ...pkgs]);
    const found = new Map(pkgs.map((p) => [p, []]));
    for (const line of r.stdout.split("\n")) {
      const [name, version] = line.split("|").map((s) => s.trim());
      if (version) found.get(name)?.push(version);
    }
    return found;
  }

  /**
   * Download each `{pkg, version}` into `destDir` with one apt-get call (apt
   * checks every file against the signed index). If a pinned version has left
   * the archive (e.g. replaced by a point release), take the newest one and
   * say so loudly; the caller still checks the upstream version inside it.
   * @returns {Map<string, {file: string, version: string}>}
   */
  download(wanted, destDir) {
    const available = this.versions(wanted.map((w) => w.pkg));
    const chosen = wanted.map(({ pkg, version }) => {
      const have = available.get(pkg);
      if (have.includes(version)) return { pkg, version };
      if (have.length === 0) throw new Error(`${pkg} is not in the ${DEBIAN.suite} index`);
      warn(`${pkg} ${version} is no longer in ${DEBIAN.suite} (has: ${have.join(", ")}); using ${have[0]} - update the pin in scripts/wheels.mjs`);
      return { pkg, version: have[0] };
    });
    runOk("apt-get", [...this.options(), "-q", "download", ...chosen.map((c) => `${c.pkg}=${c.version}`)], { cwd: destDir });
    const files = readdirSync(destDir);
    return new Map(
      chosen.map(({ pkg, version }) => {
        const prefix = `${pkg}_${version.replace(/:/g, "%3a")}_`;
        const file = files.find((f) => f.startsWith(prefix) && f.endsWith(".deb"));
        if (!file) throw new Error(`apt-get download ${pkg}=${version} left no ${prefix}*.deb in ${destDir}`);
        return [pkg, { file: join(destDir, file), version }];
      }),
    );
  }
}

/**
 * For hosts whose keyring predates trixie: fetch the current
 * debian-archive-keyring from the bootstrap suite (verified by the host's
 * keyring) and return the path of the keyring file inside it.
 */
function bootstrapKeyring(dir) {
  const apt = new PrivateApt(join(dir, "apt"));
  apt.update([{ suite: DEBIAN.bootstrapSuite, keyring: DEBIAN.keyring }]);
  const debs = join(dir, "debs");
  rmSync(debs, { recursive: true, force: true });
  mkdirSync(debs, { recursive: true });
  const [newest] = apt.versions(["debian-archive-keyring"]).get("debian-archive-keyring");
  if (!newest) throw new Error(`debian-archive-keyring not found in ${DEBIAN.bootstrapSuite}`);
  const deb = apt.download([{ pkg: "debian-archive-keyring", version: newest }], debs).get("debian-archive-keyring");
  const x = join(dir, "unpacked");
  rmSync(x, { recursive: true, force: true });
  mkdirSync(x, { recursive: true });
  runOk("dpkg-deb", ["-x", deb.file, x]);
  const keyring = join(x, "usr", "share", "keyrings", "debian-archive-keyring.gpg");
  if (!existsSync(keyring)) throw new Error(`${deb.file} has no debian-archive-keyring.gpg`);
  return keyring;
}

main().catch((err) => {
  console.error(`[wheels] error: ${err.message}`);
  process.exit(1);
});
