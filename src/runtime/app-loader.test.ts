/**
 * Reloading the learner's app on real Flask: a broken edit never takes the
 * server down, and each failure says where it is.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { startNodeRuntime, type NodeRuntime } from "./node-runtime";
import type { WireRequest } from "./protocol";

let node: NodeRuntime;
beforeAll(async () => {
  node = await startNodeRuntime();
});

const GET: WireRequest = {
  method: "GET",
  path: "/",
  query: "",
  headers: [["Host", "localhost"]],
  body: null,
  scheme: "http",
  serverName: "localhost",
  serverPort: 80,
};

async function bodyOf(request: WireRequest = GET): Promise<string> {
  let text = "";
  const served = await node.runtime.serve(request, {
    head: () => {},
    chunk: (bytes) => (text += new TextDecoder().decode(bytes)),
    cancelled: () => false,
  });
  expect(served).toBe(true);
  return text;
}

const app = (greeting: string) => `from flask import Flask
app = Flask(__name__)

@app.get("/")
def index():
    return "${greeting}"
`;

describe("loading the learner's app", () => {
  it("lists the routes from url_map", () => {
    const result = node.runtime.loadApp(`from flask import Flask
app = Flask(__name__)

@app.route("/items/<int:item_id>", methods=["GET", "PUT"])
def item(item_id):
    return str(item_id)
`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.routes).toContainEqual({ rule: "/items/<int:item_id>", methods: ["GET", "HEAD", "OPTIONS", "PUT"], endpoint: "item" });
  });

  it("serves the new code after a reload, with a fresh app object", async () => {
    expect(node.runtime.loadApp(app("first")).ok).toBe(true);
    expect(await bodyOf()).toBe("first");
    expect(node.runtime.loadApp(app("second")).ok).toBe(true);
    expect(await bodyOf()).toBe("second");
  });

  it("reports a syntax error with its line and column and keeps the previous app serving", async () => {
    expect(node.runtime.loadApp(app("working")).ok).toBe(true);
    const result = node.runtime.loadApp("from flask import Flask\napp = Flask(__name__)\n\ndef broken(:\n    pass\n");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.stage).toBe("syntax");
    expect(result.error.type).toBe("SyntaxError");
    expect(result.error.syntax?.line).toBe(4);
    expect(result.error.syntax?.column).toBeGreaterThan(0);
    expect(await bodyOf()).toBe("working");
  });

  it("reports an exception at import time at the learner's line and keeps the previous app", async () => {
    expect(node.runtime.loadApp(app("still working")).ok).toBe(true);
    const result = node.runtime.loadApp("from flask import Flask\napp = Flask(__name__)\nvalue = undefined_name + 1\n");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.stage).toBe("import");
    expect(result.error.type).toBe("NameError");
    expect(result.error.frames.filter((f) => f.user).map((f) => f.line)).toEqual([3]);
    // The loader's own frames are not shown to the learner.
    expect(result.error.frames[0].user).toBe(true);
    expect(await bodyOf()).toBe("still working");
  });

  it("explains when the code defines no Flask app", () => {
    const result = node.runtime.loadApp("x = 1\n");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.stage).toBe("no-app");
    expect(result.error.message).toMatch(/Flask application/);
  });

  it("treats sys.exit() at import as the learner's error, not the runtime's", async () => {
    expect(node.runtime.loadApp(app("survived")).ok).toBe(true);
    const result = node.runtime.loadApp("import sys\nsys.exit(3)\n");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.type).toBe("SystemExit");
    expect(await bodyOf()).toBe("survived");
  });

  it("finds an app made by a create_app() factory, as `flask run` does", async () => {
    const result = node.runtime.loadApp(`from flask import Flask

def create_app():
    made = Flask(__name__)
    made.add_url_rule("/", "index", lambda: "from the factory")
    return made
`);
    expect(result.ok).toBe(true);
    expect(await bodyOf()).toBe("from the factory");
  });

  it("shows tracebacks with the lines of the code that is running", async () => {
    expect(
      node.runtime.loadApp(`from flask import Flask
app = Flask(__name__)

@app.get("/")
def index():
    raise ValueError("nope")
`).ok,
    ).toBe(true);
    // A broken edit must not change the source lines shown for the running app.
    node.runtime.loadApp("this is not python\n");
    node.logs.length = 0;
    await bodyOf();
    const error = node.logs.find((entry) => entry.error)?.error;
    expect(error?.text).toContain('raise ValueError("nope")');
    expect(error?.frames.find((f) => f.user)).toMatchObject({ line: 6, code: 'raise ValueError("nope")' });
  });
});
