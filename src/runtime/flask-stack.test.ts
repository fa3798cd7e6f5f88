/**
 * The Flask stack as the runtime mounts it: flask-stack.zip on sys.path
 * (scripts/precompile.mjs), imported with zipimport from precompiled bytecode;
 * its sources come when a traceback first needs them (on_demand.py).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { startNodeRuntime, type NodeRuntime } from "./node-runtime";
import { STACK_ZIP_PATH } from "./python-runtime";

let node: NodeRuntime;
beforeAll(async () => {
  node = await startNodeRuntime();
});

const py = (code: string) => node.runtime.pyodide.runPython(code) as unknown;

describe("flask-stack.zip", () => {
  it("is where Flask and its dependencies are imported from, with bytecode beside each source", () => {
    const origins = py(`
import flask, werkzeug, jinja2, click, itsdangerous, markupsafe, blinker
[m.__file__ for m in (flask, werkzeug, jinja2, click, itsdangerous, markupsafe, blinker)]
`) as { toJs(): string[] };
    for (const file of origins.toJs()) expect(file.startsWith(`${STACK_ZIP_PATH}/`), file).toBe(true);
    const names = (
      py(`import zipfile; [n for n in zipfile.ZipFile('${STACK_ZIP_PATH}').namelist() if n.startswith('flask/app.')]`) as { toJs(): string[] }
    ).toJs();
    expect(names, "bytecode only: the sources are fetched when a traceback needs them").toEqual(["flask/app.pyc"]);
  });

  it("keeps package metadata readable (importlib.metadata)", () => {
    expect(py(`import importlib.metadata; importlib.metadata.version("flask")`)).toMatch(/^3\.1\./);
  });

  it("runs the CPython and Werkzeug the inspector's Server header names (vite.config.ts reads them from these files)", () => {
    const root = join(import.meta.dirname, "..", "..");
    const lock = JSON.parse(readFileSync(join(root, "public/pyodide/pyodide-lock.json"), "utf8")) as { info: { python: string } };
    const manifest = JSON.parse(readFileSync(join(root, "public/wheels/manifest.json"), "utf8")) as { packages: { name: string; version: string }[] };
    expect(py("import sys; sys.version.split()[0]")).toBe(lock.info.python);
    expect(py(`import importlib.metadata; importlib.metadata.version("werkzeug")`)).toBe(
      manifest.packages.find((p) => p.name === "werkzeug")?.version,
    );
  });

  it("shows Flask's own source lines in tracebacks, from its sources fetched the first time one needs them", () => {
    expect(node.fetched).toEqual([]);
    const text = py(`
import traceback, flask
try:
    flask.Flask.wsgi_app(None, {}, None)  # fails on its first line, inside flask/app.py
except AttributeError as error:
    text = "".join(traceback.format_exception(error))
text
`);
    expect(text).toContain(`File "${STACK_ZIP_PATH}/flask/app.py"`);
    expect(text).toContain("ctx = self.request_context(environ)");
    expect(node.fetched).toEqual(["stack-sources"]);
    py("import linecache; linecache.clearcache()");
    expect(py(`import linecache; linecache.getline("${STACK_ZIP_PATH}/flask/app.py", 1)`)).not.toBe("");
    expect(node.fetched, "once: the archive stays in the file system").toEqual(["stack-sources"]);
  });
});
