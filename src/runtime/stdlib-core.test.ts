/**
 * The standard library in two archives (scripts/precompile.mjs): the core a
 * start downloads holds exactly what Pyodide, Flask, the runtime and every
 * lesson app import (stdlib-core.txt); anything else an app imports comes from
 * the rest archive on its first import (playground_runtime/on_demand.py).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_CODE } from "../store/initial-state";
import { runCheck } from "../lessons/checks";
import { lessonProofFiles } from "../lessons/lesson-proof-files";
import { lessonSourceFiles } from "../lessons/lessonFiles";
import { loadLessons } from "../lessons/loader";
import { parseFacts } from "../lessons/proofs";
import { serveLessonRequest } from "../lessons/serve-check";
import { startNodeRuntime, type NodeRuntime } from "./node-runtime";

const CORE_LIST = "./stdlib-core.txt";
const HEADER = `# The standard library's modules in the core archive a start downloads
# (public/pyodide/python_stdlib.pyc.zip, scripts/precompile.mjs); every other
# module is fetched on its first import (python/playground_runtime/on_demand.py).
# Written by stdlib-core.test.ts: what Pyodide, Flask and the runtime import at
# start and what every lesson app imports while its checks run. After
# \`npx vitest run src/runtime/stdlib-core.test.ts -u\`, \`npm run setup\` rebuilds the archives.
`;

let node: NodeRuntime;
beforeAll(async () => {
  node = await startNodeRuntime();
});

/** How many times the rest of the standard library was fetched. */
const restFetches = () => node.fetched.filter((name) => name === "stdlib-rest").length;
const py = (code: string) => node.runtime.pyodide.runPython(code) as unknown;

/** The stdlib modules imported now, from either archive. */
function stdlibModulesNow(): string[] {
  const names = py(`
import sys
sorted(name for name, module in list(sys.modules.items())
       if str(getattr(getattr(module, "__spec__", None), "origin", None)).startswith(("/lib/python314.zip/", "/lib/python_stdlib_rest.zip/")))
`) as { toJs(): string[]; destroy(): void };
  const list = names.toJs();
  names.destroy();
  return list;
}

/** Every app a lesson runs: starter, solution, wrong answers and the apps behind its facts, with the checks each is run with. */
function lessonApps() {
  const apps: { what: string; code: string; checks: ReturnType<typeof loadLessons>[number]["checks"] }[] = [];
  for (const lesson of loadLessons(lessonSourceFiles)) {
    apps.push({ what: `${lesson.slug} starter`, code: lesson.starter, checks: lesson.checks });
    apps.push({ what: `${lesson.slug} solution`, code: lesson.solution, checks: lesson.checks });
    const prefix = `lessons/${lesson.slug}/`;
    for (const [path, code] of Object.entries(lessonProofFiles)) {
      if (path.startsWith(`${prefix}wrong/`)) apps.push({ what: path, code, checks: lesson.checks });
      if (path === `${prefix}facts.json`) {
        for (const fact of parseFacts(path, code, lesson, lessonProofFiles))
          apps.push({ what: `${path}: ${fact.claim}`, code: fact.code, checks: [fact.check] });
      }
    }
  }
  return apps;
}

describe("the core standard library", () => {
  it("holds what a start and every lesson app import, and no more", async () => {
    const used = new Set(stdlibModulesNow());
    expect(node.runtime.loadApp(DEFAULT_CODE).ok).toBe(true);
    for (const app of lessonApps()) {
      node.runtime.loadApp(app.code);
      for (const check of app.checks) await runCheck(check, (request) => serveLessonRequest(node.runtime, request));
      for (const name of stdlibModulesNow()) used.add(name);
    }
    await expect(HEADER + [...used].sort().join("\n") + "\n").toMatchFileSnapshot(CORE_LIST);
    expect(restFetches(), "a lesson app needed the rest of the standard library: update stdlib-core.txt (see its header)").toBe(0);
  });

  it("refuses, naming the list, an import from the rest before the runtime is attached (the memory snapshot is taken then)", () => {
    const message = py(`
import playground_runtime.on_demand as rest
fetch, rest._fetch = rest._fetch, None
try:
    import tomllib
    message = "imported"
except ImportError as error:
    message = str(error)
finally:
    rest._fetch = fetch
message
`);
    expect(message).toBe("tomllib is not in the core standard library (src/runtime/stdlib-core.txt)");
    expect(restFetches()).toBe(0);
  });
});

describe("the rest of the standard library", () => {
  const app = (imports: string) => `from flask import Flask
${imports}

app = Flask(__name__)

@app.get("/")
def index():
    total = sqlite3.connect(":memory:").execute("select 1 + 1").fetchone()[0]
    return {"where": [m.__file__ for m in (email.mime.text, sqlite3)], "total": total}
`;

  it("is not fetched for a module that is in neither archive", () => {
    const loaded = node.runtime.loadApp("import numpy\n");
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.error.type).toBe("ModuleNotFoundError");
    expect(restFetches()).toBe(0);
  });

  it("comes on an app's first import of one of its modules, once, and answers", async () => {
    const loaded = node.runtime.loadApp(app("import email.mime.text, sqlite3"));
    expect(loaded.ok).toBe(true);
    expect(restFetches()).toBe(1);
    const response = await serveLessonRequest(node.runtime, { method: "GET", path: "/" });
    expect(JSON.parse(new TextDecoder().decode(response.body))).toEqual({
      where: ["/lib/python_stdlib_rest.zip/email/mime/text.pyc", "/lib/python_stdlib_rest.zip/sqlite3/__init__.pyc"],
      total: 2,
    });
    // A new app starts from a clean interpreter; the archive stays in the file system.
    expect(node.runtime.loadApp(app("import email.mime.text, sqlite3")).ok).toBe(true);
    expect(restFetches()).toBe(1);
  });
});
