/**
 * A workspace of several files on real Flask: every file is in place before
 * app.py runs, so templates, static files and modules beside it work as in a
 * project on disk; each load has exactly the files of its workspace.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { packWorkspace, WORKSPACE_MARKER } from "../store/workspace-files";
import { startNodeRuntime, type NodeRuntime } from "./node-runtime";
import type { AppLoadResult, WireRequest, WireResponseHead } from "./protocol";

let node: NodeRuntime;
beforeAll(async () => {
  node = await startNodeRuntime();
});

const get = (path: string): WireRequest => ({
  method: "GET",
  path,
  query: "",
  headers: [["Host", "localhost"]],
  body: null,
  scheme: "http",
  serverName: "localhost",
  serverPort: 80,
});

async function send(path: string): Promise<{ head: WireResponseHead; body: string; header: (name: string) => string | undefined }> {
  let head: WireResponseHead | undefined;
  let body = "";
  await node.runtime.serve(get(path), {
    head: (h) => (head = h),
    chunk: (bytes) => (body += new TextDecoder().decode(bytes)),
    cancelled: () => false,
  });
  const got = head!;
  return { head: got, body, header: (name) => got.headers.find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1] };
}

function load(files: Record<string, string>): AppLoadResult {
  return node.runtime.loadApp(packWorkspace(files));
}

const project = {
  "app.py": `from flask import Flask, render_template, render_template_string, send_file, send_from_directory, url_for
from helpers import shout

app = Flask(__name__)


@app.get("/")
def index():
    return render_template("index.html", name="<Ada>", css=url_for("static", filename="style.css"))


@app.get("/inline")
def inline():
    return render_template_string("{{ shout(word) }}", shout=shout, word="hi")


@app.get("/download")
def download():
    return send_from_directory("static", "style.css", as_attachment=True)


@app.get("/file")
def file():
    return send_file("static/style.css")


@app.errorhandler(404)
def not_found(error):
    return render_template("404.html"), 404
`,
  "helpers.py": `def shout(word):
    return word.upper() + "!"
`,
  "templates/base.html": `<!doctype html><link rel="stylesheet" href="{{ css }}">{% block body %}{% endblock %}`,
  "templates/index.html": `{% extends "base.html" %}{% block body %}<p>Hello, {{ name }}</p>{% endblock %}`,
  "templates/404.html": `<h1>Nothing here</h1>`,
  "static/style.css": `p { color: teal; }\n`,
};

describe("a workspace of several files", () => {
  it("is one string with a marker line; app.py alone stays its own text", () => {
    expect(packWorkspace({ "app.py": "x = 1\n" })).toBe("x = 1\n");
    expect(packWorkspace(project).startsWith(`${WORKSPACE_MARKER}\n`)).toBe(true);
  });

  it("renders templates (escaped, extended), imports modules beside app.py, serves static files", async () => {
    const result = load(project);
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const page = await send("/");
    expect(page.head.status).toBe(200);
    expect(page.header("Content-Type")).toBe("text/html; charset=utf-8");
    expect(page.body).toBe('<!doctype html><link rel="stylesheet" href="/static/style.css"><p>Hello, &lt;Ada&gt;</p>');
    expect((await send("/inline")).body).toBe("HI!");
    const css = await send("/static/style.css");
    expect(css.head.status).toBe(200);
    expect(css.header("Content-Type")).toBe("text/css; charset=utf-8");
    expect(css.body).toBe("p { color: teal; }\n");
    const download = await send("/download");
    expect(download.header("Content-Disposition")).toBe("attachment; filename=style.css");
    expect((await send("/file")).body).toBe("p { color: teal; }\n");
    const missing = await send("/nowhere");
    expect(missing.head.status).toBe(404);
    expect(missing.body).toBe("<h1>Nothing here</h1>");
  });

  it("has exactly the files of the workspace at each load: a file removed is gone", async () => {
    const { ["templates/404.html"]: _gone, ...rest } = project;
    expect(load(rest).ok).toBe(true);
    const missing = await send("/nowhere");
    expect(missing.head.status).toBe(500);
    expect(node.logs.some((entry) => entry.error?.type === "TemplateNotFound")).toBe(true);
  });

  it("points an error in another file at that file", () => {
    const broken = load({ ...project, "helpers.py": "def shout(word)\n    return word\n" });
    expect(broken.ok).toBe(false);
    if (broken.ok) return;
    expect(broken.error.type).toBe("SyntaxError");
    expect(broken.error.syntax).toMatchObject({ file: "helpers.py", line: 1 });
    const raising = load({ ...project, "helpers.py": "raise RuntimeError('no helpers today')\n" });
    if (raising.ok) throw new Error("loaded");
    expect(raising.error.frames.filter((frame) => frame.user).map((frame) => frame.file)).toEqual([
      "/home/pyodide/app.py",
      "/home/pyodide/helpers.py",
    ]);
  });

  it("writes nothing outside the workspace, whatever a crafted link says", async () => {
    const crafted = `${WORKSPACE_MARKER}\n${JSON.stringify({
      "app.py": "from flask import Flask\napp = Flask(__name__)\n",
      "../escape.py": "x = 1",
      "/tmp/abs.py": "x = 1",
      "playground_runtime/server.py": "x = 1",
      "templates/../../etc.html": "x",
    })}`;
    expect(node.runtime.loadApp(crafted).ok).toBe(true);
    const written = node.runtime.pyodide.runPython(`
import os
[os.path.exists(p) for p in ("/home/escape.py", "/tmp/abs.py", "/home/etc.html")] + [open("/home/pyodide/playground_runtime/server.py").read() != "x = 1"]
`) as { toJs(): boolean[] };
    expect(written.toJs()).toEqual([false, false, false, true]);
  });
});
