/**
 * The extensions the article names (Flask-Talisman, Flask-CORS), each
 * fetched the first time an app imports it (on_demand.py), and what an
 * import of anything the runtime lacks says.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { startNodeRuntime, type NodeRuntime } from "./node-runtime";
import type { AppLoadResult, Header, LogEntry, WireRequest, WireResponseHead } from "./protocol";

let node: NodeRuntime;
beforeAll(async () => {
  node = await startNodeRuntime();
});

const request = (method: string, path: string, headers: Header[] = []): WireRequest => ({
  method,
  path,
  query: "",
  headers: [["Host", "localhost"], ...headers],
  body: null,
  scheme: "http",
  serverName: "localhost",
  serverPort: 80,
});

async function send(wire: WireRequest): Promise<{ head: WireResponseHead; header: (name: string) => string | undefined }> {
  let head: WireResponseHead | undefined;
  await node.runtime.serve(wire, { head: (h) => (head = h), chunk: () => {}, cancelled: () => false });
  if (!head) throw new Error("no response");
  const got = head;
  return { head: got, header: (name) => got.headers.find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1] };
}

function loaded(code: string): void {
  const result = node.runtime.loadApp(code);
  expect(result.ok, JSON.stringify(result)).toBe(true);
}

function failed(code: string): Extract<AppLoadResult, { ok: false }> {
  const result = node.runtime.loadApp(code);
  if (result.ok) throw new Error("the app loaded");
  return result;
}

const talismanApp = `from flask import Flask
from flask_talisman import Talisman

app = Flask(__name__)
Talisman(app)

@app.get("/")
def index():
    return "hello"
`;

describe("extensions", () => {
  it("are not fetched by a start or by an app that does not import them", () => {
    loaded(`from flask import Flask\napp = Flask(__name__)\n`);
    expect(node.fetched.filter((name) => name.startsWith("extension-"))).toEqual([]);
  });

  it("Flask-Talisman is fetched on its first import, once, and does what Talisman 1.1.0 does", async () => {
    loaded(talismanApp);
    expect(node.fetched.filter((name) => name.startsWith("extension-"))).toEqual(["extension-flask_talisman"]);
    // Plain HTTP: Talisman's force_https answers with a redirect to the same URL over HTTPS.
    const http = await send(request("GET", "/"));
    expect(http.head.status).toBe(302);
    expect(http.header("Location")).toBe("https://localhost/");
    // Over HTTPS: its default headers, CSP included.
    const https = await send({ ...request("GET", "/"), scheme: "https", serverPort: 443 });
    expect(https.head.status).toBe(200);
    expect(https.header("Content-Security-Policy")).toBe("default-src 'self'; object-src 'none'");
    expect(https.header("Strict-Transport-Security")).toBe("max-age=31556926; includeSubDomains");
    expect(https.header("X-Frame-Options")).toBe("SAMEORIGIN");
    expect(https.header("X-Content-Type-Options")).toBe("nosniff");
    expect(https.header("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
    loaded(talismanApp);
    expect(
      node.fetched.filter((name) => name === "extension-flask_talisman"),
      "the archive stays in the file system",
    ).toHaveLength(1);
    expect(node.runtime.pyodide.runPython("import flask_talisman; flask_talisman.__file__")).toBe(
      "/lib/extension-flask_talisman.zip/flask_talisman/__init__.pyc",
    );
    // Its sources are in the same archive: a traceback through Talisman shows its lines.
    const traceback = failed(`from flask import Flask
from flask_talisman import Talisman
Talisman(object())
`).error.text;
    expect(traceback).toContain('File "/lib/extension-flask_talisman.zip/flask_talisman/talisman.py"');
    expect(traceback).toContain("app.jinja_env.globals['csp_nonce'] = self._get_nonce");
  });

  it("Flask-CORS answers a preflight and marks the actual response, from the Origin the request sent", async () => {
    loaded(`from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
CORS(app, origins=["https://shop.example", "https://admin.example"], supports_credentials=True)

@app.route("/api/items", methods=["GET", "PUT"])
def items():
    return {"items": []}
`);
    expect(node.fetched).toContain("extension-flask_cors");
    const preflight = await send(
      request("OPTIONS", "/api/items", [
        ["Origin", "https://shop.example"],
        ["Access-Control-Request-Method", "PUT"],
      ]),
    );
    expect(preflight.head.status).toBe(200);
    expect(preflight.header("Access-Control-Allow-Origin")).toBe("https://shop.example");
    expect(preflight.header("Access-Control-Allow-Credentials")).toBe("true");
    expect(preflight.header("Access-Control-Allow-Methods")).toContain("PUT");
    const actual = await send(request("GET", "/api/items", [["Origin", "https://shop.example"]]));
    expect(actual.header("Access-Control-Allow-Origin")).toBe("https://shop.example");
    expect(actual.header("Vary"), "the answer depends on the Origin: caches must know").toBe("Origin");
    const other = await send(request("GET", "/api/items", [["Origin", "https://evil.example"]]));
    expect(other.header("Access-Control-Allow-Origin"), "an origin not allowed gets no CORS headers").toBeUndefined();
    expect(node.runtime.pyodide.runPython(`import importlib.metadata; importlib.metadata.version("flask-cors")`)).toBe("6.0.1");
  });
});

describe("an import of a package the runtime lacks", () => {
  it("fails as in Python, with a note naming what is available", () => {
    const { error } = failed("import numpy\n");
    expect(error.type).toBe("ModuleNotFoundError");
    expect(error.message).toBe("No module named 'numpy'");
    const [note] = error.notes ?? [];
    expect(note).toMatch(/^The playground has Python 3\.\d+\.\d+'s standard library and these packages: flask 3\.1\.1, werkzeug 3\.1\.3,/);
    expect(note).toContain("flask-talisman 1.1.0 (import flask_talisman), flask-cors 6.0.1 (import flask_cors)");
    expect(error.text, "the traceback shows it too, as Python prints notes").toContain(note);
  });

  it("suggests the import name of an extension spelled as its package or without its prefix", () => {
    expect(failed("import talisman\n").error.notes?.[0]).toMatch(/^Did you mean `import flask_talisman`\?/);
    expect(failed("import Flask_CORS\n").error.notes?.[0]).toMatch(/^Did you mean `import flask_cors`\?/);
  });

  it("adds nothing when the package exists and only its submodule does not", () => {
    const { error } = failed("import flask.nothing\n");
    expect(error.message).toBe("No module named 'flask.nothing'");
    expect(error.notes).toBeUndefined();
  });

  it("notes it in the log of a request whose view imports it", async () => {
    loaded(`from flask import Flask
app = Flask(__name__)

@app.get("/")
def index():
    import requests
    return "never"
`);
    const before = node.logs.length;
    expect((await send(request("GET", "/"))).head.status).toBe(500);
    const logged = node.logs.slice(before).find((entry: LogEntry) => entry.error?.type === "ModuleNotFoundError");
    expect(logged?.error?.notes?.[0]).toContain("flask-cors 6.0.1");
  });
});
