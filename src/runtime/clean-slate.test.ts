/**
 * Every app load starts from a clean interpreter (clean-slate.ts): whatever
 * an earlier app did to the process, the next app answers and logs exactly
 * as it does in a runtime that never ran anything else.
 *
 * Each probe in clean-slate-probes/ is one kind of process-global change: a
 * polluting app above the `# --- check ---` line, and a checking app below
 * it. The checking apps run first, on their own, to record what a fresh
 * runtime answers; then each polluter runs (loaded and sent a request) and
 * its checker must answer the same, with the same logs.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { startNodeRuntime, type NodeRuntime } from "./node-runtime";
import type { WireRequest } from "./protocol";

const files = import.meta.glob("./clean-slate-probes/*.py", { query: "?raw", import: "default", eager: true }) as Record<string, string>;
const MARKER = "# --- check ---\n";
const probes = Object.entries(files).map(([path, text]) => {
  const at = text.indexOf(MARKER);
  if (at < 0) throw new Error(`${path} has no "${MARKER.trim()}" line`);
  return { name: path.slice(path.lastIndexOf("/") + 1, -3), pollute: text.slice(0, at), check: text.slice(at + MARKER.length) };
});

const request = (method: string, path: string, body: string | null = null): WireRequest => ({
  method,
  path,
  query: "",
  headers: [["Host", "localhost"], ...(body === null ? [] : [["Content-Type", "text/plain"] as [string, string]])],
  body: body === null ? null : new TextEncoder().encode(body),
  scheme: "http",
  serverName: "localhost",
  serverPort: 80,
});

/** What a checking app is asked: every route it has, the same way each time. */
const REQUESTS = [request("GET", "/"), request("GET", "/boom"), request("POST", "/", "0123456789")];

let node: NodeRuntime;
beforeAll(async () => {
  node = await startNodeRuntime();
});

/** Load `code` and send it the requests; what came back and what was logged (time stamps dropped). */
async function observe(code: string): Promise<{ load: unknown; responses: unknown[]; logs: string[] }> {
  node.logs.length = 0;
  const loaded = node.runtime.loadApp(code);
  const responses = [];
  for (const req of REQUESTS) {
    let head: unknown;
    let body = "";
    await node.runtime.serve(
      { ...req, body: req.body && req.body.slice() },
      { head: (h) => (head = h), chunk: (bytes) => (body += new TextDecoder().decode(bytes)), cancelled: () => false },
    );
    responses.push({ head, body });
  }
  const logs = node.logs.map((entry) => `${entry.source} ${entry.level ?? ""} ${entry.message.replace(/\[\d\d\/\w+\/\d{4} [\d:]+\]/, "[time]")}`);
  return { load: { ok: loaded.ok, ...(loaded.ok ? { routes: loaded.routes } : { stage: loaded.stage }) }, responses, logs };
}

describe("a clean interpreter for every load", () => {
  it(`has at least 15 kinds of process-global change to prove it (${probes.length})`, () => {
    expect(probes.length).toBeGreaterThanOrEqual(15);
  });

  const fresh = new Map<string, Awaited<ReturnType<typeof observe>>>();
  beforeAll(async () => {
    for (const probe of probes) fresh.set(probe.name, await observe(probe.check));
  });

  for (const probe of probes) {
    it(`${probe.name}: the next app answers and logs as in a fresh runtime`, async () => {
      const polluted = await observe(probe.pollute);
      expect(polluted.load, "the polluting app loads").toMatchObject({ ok: true });
      expect(await observe(probe.check)).toEqual(fresh.get(probe.name));
    });
  }

  it("a fresh runtime's answers are the ones CPython gives (the probes check something)", () => {
    const body = (name: string, index = 0) => (fresh.get(name)!.responses[index] as { body: string }).body;
    const head = (name: string) => (fresh.get(name)!.responses[0] as { head: { headers: [string, string][] } }).head;
    expect(head("01-class-attribute").headers).toContainEqual(["Content-Type", "text/html; charset=utf-8"]);
    expect(JSON.parse(body("04-chdir"))).toEqual({ cwd: "/home/pyodide" });
    expect(JSON.parse(body("06-sys-modules"))).toEqual({ helpers: "ModuleNotFoundError" });
    expect(JSON.parse(body("12-files-on-disk"))).toMatchObject({ helpers: null, tmp: [] });
    expect(JSON.parse(body("19-random-seed"))).toEqual({ same_as_seed_1234: false });
    expect(JSON.parse(body("21-own-file"))).toEqual({ reads_itself: true, first_line: "from flask import Flask" });
    expect(fresh.get("09-app-logger-level")!.logs.some((line) => line.includes("Exception on /boom [GET]"))).toBe(true);
    expect(fresh.get("18-stdout")!.logs).toContain("stdout  printed by the app");
  });

  it("random numbers differ from one load to the next, as in new processes", async () => {
    const roll = `import random\nfrom flask import Flask\napp = Flask(__name__)\nVALUE = random.random()\n@app.get("/")\ndef index():\n    return str(VALUE)\n`;
    const first = await observe(roll);
    const second = await observe(roll);
    expect(first.responses[0]).not.toEqual(second.responses[0]);
  });

  it("a syntax error leaves the running app and its data untouched", async () => {
    const counter = `from flask import Flask\napp = Flask(__name__)\nhits = []\n@app.get("/")\ndef index():\n    hits.append(1)\n    return str(len(hits))\n`;
    await observe(counter); // answers "1"
    expect(node.runtime.loadApp("def broken(:\n").ok).toBe(false);
    let body = "";
    await node.runtime.serve(request("GET", "/"), { head: () => {}, chunk: (b) => (body += new TextDecoder().decode(b)), cancelled: () => false });
    expect(body).toBe("2");
  });

  it("an app that fails at import leaves the last working app answering, from a clean slate, without repeating its logs", async () => {
    await observe(
      `import flask\nflask.Response.default_mimetype = "text/plain"\nprint("loaded once")\napp = flask.Flask(__name__)\n@app.get("/")\ndef index():\n    return "working"\n`,
    );
    node.logs.length = 0;
    const failed = node.runtime.loadApp(`import flask\nflask.Response.default_mimetype = "application/x-broken"\nraise RuntimeError("no")\n`);
    expect(failed).toMatchObject({ ok: false, stage: "import" });
    expect(node.logs.map((entry) => entry.message)).not.toContain("loaded once");
    let head: { headers: [string, string][] } | undefined;
    let body = "";
    await node.runtime.serve(request("GET", "/"), {
      head: (h) => (head = h),
      chunk: (b) => (body += new TextDecoder().decode(b)),
      cancelled: () => false,
    });
    expect(body).toBe("working");
    expect(head!.headers).toContainEqual(["Content-Type", "text/plain; charset=utf-8"]);
  });
});
