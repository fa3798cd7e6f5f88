/**
 * The WSGI bridge on real CPython (Pyodide on Node) with real Flask: what the
 * app sees in its environ, and what comes back from it.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { startNodeRuntime, type NodeRuntime } from "./node-runtime";
import type { Header, LogEntry, WireRequest, WireResponseHead } from "./protocol";

let node: NodeRuntime;
beforeAll(async () => {
  node = await startNodeRuntime();
});

function request(overrides: Partial<WireRequest>): WireRequest {
  return {
    method: "GET",
    path: "/",
    query: "",
    headers: [["Host", "play.test:8080"]],
    body: null,
    scheme: "http",
    serverName: "play.test",
    serverPort: 8080,
    ...overrides,
  };
}

/**
 * Serve `req` with `code` and collect what came back. Like the worker, the
 * sink takes complete responses whole unless `{ whole: false }`.
 */
async function serve(code: string, req: WireRequest, { whole = true } = {}) {
  const loaded = node.runtime.loadApp(code);
  expect(loaded.ok, JSON.stringify(loaded)).toBe(true);
  let head: WireResponseHead | undefined;
  const chunks: Uint8Array[] = [];
  let cameWhole = false;
  const served = await node.runtime.serve(req, {
    ...(whole
      ? {
          whole: (h: WireResponseHead, body: Uint8Array) => {
            cameWhole = true;
            head = h;
            if (body.byteLength) chunks.push(body);
          },
        }
      : {}),
    head: (h) => (head = h),
    chunk: (c) => chunks.push(c),
    cancelled: () => false,
  });
  expect(served).toBe(true);
  const body = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let offset = 0;
  for (const c of chunks) {
    body.set(c, offset);
    offset += c.byteLength;
  }
  return { head: head!, body, chunks, cameWhole, text: new TextDecoder().decode(body) };
}

/** An app that answers with the parts of its environ and request the tests look at. */
const ECHO_APP = `
from flask import Flask, request
app = Flask(__name__)

@app.route("/", defaults={"rest": ""}, methods=["GET", "POST", "PUT", "PATCH", "DELETE"])
@app.route("/<path:rest>", methods=["GET", "POST", "PUT", "PATCH", "DELETE"])
def echo(rest):
    env = request.environ
    keys = ["REQUEST_METHOD", "SCRIPT_NAME", "PATH_INFO", "QUERY_STRING", "REQUEST_URI",
            "SERVER_NAME", "SERVER_PORT", "SERVER_PROTOCOL", "CONTENT_TYPE", "CONTENT_LENGTH",
            "wsgi.url_scheme"]
    return {
        "environ": {k: env.get(k) for k in keys},
        "http": {k: v for k, v in env.items() if k.startswith("HTTP_")},
        "path": request.path,
        "args": request.args.to_dict(flat=False),
        "url": request.url,
        "body_hex": request.get_data().hex(),
        "form": request.form.to_dict(flat=False),
        "json": request.get_json(silent=True),
    }
`;

describe("environ", () => {
  it("carries method, path, server and scheme the way a WSGI server sets them", async () => {
    const { head, text } = await serve(ECHO_APP, request({ method: "DELETE", path: "/items/7" }));
    expect(head.status).toBe(200);
    const seen = JSON.parse(text);
    expect(seen.environ).toMatchObject({
      REQUEST_METHOD: "DELETE",
      SCRIPT_NAME: "",
      PATH_INFO: "/items/7",
      QUERY_STRING: "",
      SERVER_NAME: "play.test",
      SERVER_PORT: "8080",
      SERVER_PROTOCOL: "HTTP/1.1",
      "wsgi.url_scheme": "http",
    });
    expect(seen.url).toBe("http://play.test:8080/items/7");
  });

  it("keeps the query string percent-encoded and lets Flask decode repeated keys", async () => {
    const { text } = await serve(ECHO_APP, request({ path: "/search", query: "q=caf%C3%A9&tag=a&tag=b%26c&empty=" }));
    const seen = JSON.parse(text);
    expect(seen.environ.QUERY_STRING).toBe("q=caf%C3%A9&tag=a&tag=b%26c&empty=");
    expect(seen.environ.REQUEST_URI).toBe("/search?q=caf%C3%A9&tag=a&tag=b%26c&empty=");
    expect(seen.args).toEqual({ q: ["café"], tag: ["a", "b&c"], empty: [""] });
  });

  it("decodes percent-encoded and non-ASCII paths into PATH_INFO as PEP 3333 says (bytes as latin-1)", async () => {
    const { text } = await serve(ECHO_APP, request({ path: "/caf%C3%A9/a%20b/%2F" }));
    const seen = JSON.parse(text);
    // PEP 3333: the WSGI string holds the UTF-8 bytes as latin-1; Flask turns it back.
    expect(seen.environ.PATH_INFO).toBe("/caf\u00c3\u00a9/a b//");
    expect(seen.path).toBe("/café/a b//");
  });

  it("joins repeated headers with commas, and Cookie with semicolons", async () => {
    const headers: Header[] = [
      ["Host", "play.test:8080"],
      ["X-Tag", "one"],
      ["Accept", "text/html"],
      ["X-Tag", "two"],
      ["Cookie", "a=1"],
      ["Cookie", "b=2"],
      ["X_Under", "dropped"],
    ];
    const { text } = await serve(ECHO_APP, request({ headers }));
    const seen = JSON.parse(text);
    expect(seen.http).toEqual({
      HTTP_HOST: "play.test:8080",
      HTTP_X_TAG: "one, two",
      HTTP_ACCEPT: "text/html",
      HTTP_COOKIE: "a=1; b=2",
    });
  });

  it("passes the body with CONTENT_TYPE and CONTENT_LENGTH, so Flask parses JSON, forms and bytes", async () => {
    const json = await serve(
      ECHO_APP,
      request({
        method: "POST",
        headers: [["Content-Type", "application/json"]],
        body: new TextEncoder().encode('{"name": "Ada"}'),
      }),
    );
    const seenJson = JSON.parse(json.text);
    expect(seenJson.environ.CONTENT_TYPE).toBe("application/json");
    expect(seenJson.environ.CONTENT_LENGTH).toBe("15");
    expect(seenJson.json).toEqual({ name: "Ada" });

    const form = await serve(
      ECHO_APP,
      request({
        method: "PUT",
        headers: [["Content-Type", "application/x-www-form-urlencoded"]],
        body: new TextEncoder().encode("a=1&a=2&b=%C3%A9"),
      }),
    );
    expect(JSON.parse(form.text).form).toEqual({ a: ["1", "2"], b: ["é"] });

    const binary = new Uint8Array([0, 255, 1, 128, 10, 13]);
    const raw = await serve(ECHO_APP, request({ method: "PATCH", headers: [["Content-Type", "application/octet-stream"]], body: binary }));
    expect(JSON.parse(raw.text).body_hex).toBe("00ff01800a0d");
  });
});

describe("response", () => {
  it("keeps every header in order, several Set-Cookie included", async () => {
    const { head, text } = await serve(
      `
from flask import Flask, make_response
app = Flask(__name__)
@app.get("/")
def index():
    r = make_response("made", 201)
    r.headers["X-First"] = "1"
    r.set_cookie("a", "1")
    r.set_cookie("b", "2", httponly=True, samesite="Lax")
    r.headers.add("X-Last", "z")
    return r
`,
      request({}),
    );
    expect(head.status).toBe(201);
    expect(head.reason).toBe("CREATED");
    expect(text).toBe("made");
    expect(head.headers).toEqual([
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "4"],
      ["X-First", "1"],
      ["Set-Cookie", "a=1; Path=/"],
      ["Set-Cookie", "b=2; HttpOnly; Path=/; SameSite=Lax"],
      ["X-Last", "z"],
    ]);
  });

  it("returns binary bodies byte for byte", async () => {
    const { head, body } = await serve(
      `
from flask import Flask, Response
app = Flask(__name__)
@app.get("/")
def index():
    return Response(bytes(range(256)), mimetype="application/octet-stream")
`,
      request({}),
    );
    expect(head.headers).toContainEqual(["Content-Type", "application/octet-stream"]);
    expect(Array.from(body)).toEqual(Array.from({ length: 256 }, (_, i) => i));
  });

  it("sends no body for HEAD but keeps the GET headers", async () => {
    const { head, body } = await serve(
      `
from flask import Flask
app = Flask(__name__)
@app.get("/")
def index():
    return "twelve bytes"
`,
      request({ method: "HEAD" }),
    );
    expect(head.status).toBe(200);
    expect(head.headers).toContainEqual(["Content-Length", "12"]);
    expect(body.byteLength).toBe(0);
  });

  it("sends an empty 204 even when the app gives it a body", async () => {
    const { head, body } = await serve(
      `
from flask import Flask
app = Flask(__name__)
@app.delete("/")
def index():
    return "ignored", 204
`,
      request({ method: "DELETE" }),
    );
    expect(head.status).toBe(204);
    expect(body.byteLength).toBe(0);
  });

  it("sends a buffered response whole (one message from the worker), or head and chunk to a sink without `whole`", async () => {
    const app = `
from flask import Flask
app = Flask(__name__)
@app.get("/")
def index():
    return "all at once"
`;
    const once = await serve(app, request({}));
    expect(once.cameWhole).toBe(true);
    expect(once.text).toBe("all at once");
    const split = await serve(app, request({}), { whole: false });
    expect(split.cameWhole).toBe(false);
    expect(split.head).toEqual(once.head);
    expect(split.text).toBe("all at once");
  });

  it("streams a body longer than its Content-Length in full, as the app yields it", async () => {
    const { cameWhole, chunks, head } = await serve(
      `
from flask import Flask, Response
app = Flask(__name__)
@app.get("/")
def index():
    def gen():
        yield "four"
        yield "+more"
    return Response(gen(), headers={"Content-Length": "4"})
`,
      request({}),
    );
    expect(cameWhole).toBe(false);
    expect(head.headers).toContainEqual(["Content-Length", "4"]);
    expect(chunks.map((c) => new TextDecoder().decode(c))).toEqual(["four", "+more"]);
  });

  it("streams a generator chunk by chunk", async () => {
    const { chunks, text, cameWhole } = await serve(
      `
from flask import Flask
app = Flask(__name__)
@app.get("/")
def index():
    def gen():
        yield "one\\n"
        yield ""
        yield "two\\n"
        yield "three\\n"
    return gen()
`,
      request({}),
    );
    expect(cameWhole).toBe(false);
    expect(text).toBe("one\ntwo\nthree\n");
    expect(chunks.map((c) => new TextDecoder().decode(c))).toEqual(["one\n", "two\n", "three\n"]);
  });

  it("hands each chunk over when the app yields it, before the app is asked for the next", async () => {
    // Each chunk says when it was yielded (wall clock, shared by Python and
    // JavaScript); the sink notes when it got it. A chunk held back until the
    // next was pulled would arrive after the sleep, when the next was yielded.
    const arrived: number[] = [];
    const yielded: number[] = [];
    node.runtime.loadApp(`
import time
from flask import Flask
app = Flask(__name__)
@app.get("/")
def index():
    def gen():
        for name in "abc":
            yield f"{name} {time.time() * 1000}\\n"
            time.sleep(0.3)
    return gen(), {"Content-Type": "text/plain"}
`);
    await node.runtime.serve(request({}), {
      head: () => {},
      chunk: (bytes) => {
        arrived.push(Date.now());
        yielded.push(Number(new TextDecoder().decode(bytes).split(" ")[1]));
      },
      cancelled: () => false,
    });
    expect(yielded).toHaveLength(3);
    expect(arrived[0]).toBeLessThan(yielded[1]);
    expect(arrived[1]).toBeLessThan(yielded[2]);
  });

  it("cuts an open stream when a new app loads, closing the generator like a restarting server", async () => {
    node.runtime.loadApp(`
import time
from flask import Flask
app = Flask(__name__)
@app.get("/")
def index():
    def gen():
        try:
            while True:
                yield "tick\\n"
                time.sleep(0.01)
        finally:
            print("generator closed")
    return gen()
`);
    node.logs.length = 0;
    const chunks: string[] = [];
    let cut: string | undefined;
    const served = node.runtime.serve(request({}), {
      head: () => {},
      chunk: (bytes) => chunks.push(new TextDecoder().decode(bytes)),
      cancelled: () => false,
      cut: (reason) => (cut = reason),
    });
    await expect.poll(() => chunks.length).toBeGreaterThan(2);
    expect(node.runtime.loadApp(`from flask import Flask\napp = Flask(__name__)\n`).ok).toBe(true);
    expect(await served).toBe(true);
    expect(cut).toMatch(/reloaded while this response was streaming/);
    expect(node.logs.map((entry) => entry.message)).toContain("generator closed");
  });

  it("answers 500 and logs the traceback, with the line in app.py marked as the learner's", async () => {
    node.logs.length = 0;
    const { head } = await serve(
      `
from flask import Flask
app = Flask(__name__)
@app.get("/")
def index():
    return 1 / 0
`,
      request({}),
    );
    expect(head.status).toBe(500);
    const record = node.logs.find((entry) => entry.error);
    expect(record?.message).toBe("Exception on / [GET]");
    expect(record?.error?.type).toBe("ZeroDivisionError");
    const userFrames = record!.error!.frames.filter((frame) => frame.user);
    expect(userFrames).toEqual([{ file: "/home/pyodide/app.py", line: 6, name: "index", code: "return 1 / 0", user: true }]);
    expect(node.logs.at(-1)?.message).toMatch(/"GET \/ HTTP\/1.1" 500 -$/);
  });

  it("reports print() output as stdout lines", async () => {
    node.logs.length = 0;
    await serve(
      `
from flask import Flask
app = Flask(__name__)
@app.get("/")
def index():
    print("handling", 42)
    return "ok"
`,
      request({}),
    );
    expect(node.logs[0]).toMatchObject({ source: "stdout", message: "handling 42" });
  });

  it("gives a request's sink the lines logged while answering it, and only those", async () => {
    const loaded = node.runtime.loadApp(`
import logging
from flask import Flask
app = Flask(__name__)
print("at import")
@app.get("/")
def index():
    app.logger.warning("in the view")
    def body():
        print("in the stream")
        yield "a"
        app.logger.error("after the first chunk")
        yield "b"
    return body()
`);
    expect(loaded.ok).toBe(true);
    node.logs.length = 0;
    const mine: LogEntry[] = [];
    await node.runtime.serve(request({}), { head: () => {}, chunk: () => {}, cancelled: () => false, log: (entry) => mine.push(entry) });
    expect(mine.map((entry) => [entry.source, entry.level, entry.message])).toEqual([
      ["logging", "WARNING", "in the view"],
      ["stdout", undefined, "in the stream"],
      ["logging", "ERROR", "after the first chunk"],
    ]);
    // The logs panel gets them all as well, then the server's access line, which is not the app's.
    expect(node.logs.slice(0, 3)).toEqual(mine);
    expect(node.logs.slice(3).map((entry) => entry.message)).toEqual([expect.stringMatching(/"GET \/ HTTP\/1.1" 200 -$/)]);
  });
});
