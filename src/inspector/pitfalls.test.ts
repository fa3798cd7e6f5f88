import { describe, expect, it } from "vitest";
import type { Header } from "../runtime/protocol";
import { findPitfalls, type PitfallInput } from "./pitfalls";

const utf8 = (text: string) => new TextEncoder().encode(text);
const HTML: Header = ["Content-Type", "text/html; charset=utf-8"];
const JSON_TYPE: Header = ["Content-Type", "application/json"];
const ids = (input: PitfallInput) => findPitfalls(input).map((p) => p.id);

function respond(status: number, headers: Header[], body: string, method?: string): PitfallInput {
  const bytes = utf8(body);
  return { status, headers: [...headers, ["Content-Length", String(bytes.byteLength)]], body: bytes, method };
}

const WERKZEUG_404 =
  "<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n<p>The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.</p>\n";
const WERKZEUG_500 =
  "<!doctype html>\n<html lang=en>\n<title>500 Internal Server Error</title>\n<h1>Internal Server Error</h1>\n<p>The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.</p>\n";
const WERKZEUG_REDIRECT =
  '<!doctype html>\n<html lang=en>\n<title>Redirecting...</title>\n<h1>Redirecting...</h1>\n<p>You should be redirected automatically to the target URL: <a href="/">/</a>. If not, click the link.\n';
const TRACEBACK =
  'Traceback (most recent call last):\n  File "/home/pyodide/app.py", line 12, in index\n    return 1 / 0\n           ~~^~~\nZeroDivisionError: division by zero\n';

describe("findPitfalls on normal responses", () => {
  it("finds nothing in everyday Flask answers", () => {
    const normal: PitfallInput[] = [
      respond(200, [JSON_TYPE], '{"id":1,"name":"Ada"}\n'),
      respond(200, [JSON_TYPE], '{"errors":[],"items":[1,2]}\n'),
      respond(200, [JSON_TYPE], '{"error":null,"ok":true}\n'),
      respond(200, [JSON_TYPE], "[]\n"),
      respond(200, [HTML], "Hello from Flask!"),
      respond(200, [HTML], "<!doctype html><html><head><title>Shop</title></head><body><h1>Welcome</h1><p>Browse the catalogue.</p></body></html>"),
      respond(200, [HTML], `<h1>Docs</h1><p>${"How to handle an error in a view. ".repeat(20)}</p>`),
      respond(302, [HTML, ["Location", "/"]], WERKZEUG_REDIRECT),
      respond(308, [HTML, ["Location", "http://localhost:5173/items/"]], WERKZEUG_REDIRECT),
      respond(404, [JSON_TYPE], '{"error":"not found"}\n'),
      respond(404, [HTML], WERKZEUG_404),
      respond(500, [HTML], WERKZEUG_500),
      respond(201, [JSON_TYPE, ["Location", "/items/7"]], '{"id":7}\n'),
      { status: 204, headers: [["Content-Type", "text/html; charset=utf-8"]], body: new Uint8Array() },
      { status: 304, headers: [["ETag", '"abc"']], body: new Uint8Array() },
      {
        status: 200,
        headers: [
          ["Content-Type", "image/png"],
          ["Content-Length", "4"],
        ],
        body: new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
      },
      { status: 200, headers: [JSON_TYPE, ["Content-Length", "15"]], body: new Uint8Array(), method: "HEAD" },
    ];
    for (const input of normal) expect(findPitfalls(input), `${input.status} ${new TextDecoder().decode(input.body)}`).toEqual([]);
  });
});

describe("error-with-2xx", () => {
  it("flags a JSON error object sent with 200", () => {
    const [pitfall] = findPitfalls(respond(200, [JSON_TYPE], '{"error":"user not found"}\n'));
    expect(pitfall.id).toBe("error-with-2xx");
    expect(pitfall.severity).toBe("warning");
    expect(pitfall.title).toBe("Error message sent with 200");
    expect(pitfall.detail).toContain('return {"error": "..."}, 400');
    expect(ids(respond(201, [JSON_TYPE, ["Location", "/x"]], '{"errors":{"email":["invalid"]}}'))).toEqual(["error-with-2xx"]);
  });

  it("flags short text and HTML error messages", () => {
    expect(ids(respond(200, [HTML], "Error: user not found"))).toEqual(["error-with-2xx"]);
    expect(ids(respond(200, [["Content-Type", "text/plain"]], "Login failed"))).toEqual(["error-with-2xx"]);
    expect(ids(respond(200, [HTML], "<html><body><h1>Invalid input</h1><p>Try again.</p></body></html>"))).toEqual(["error-with-2xx"]);
  });

  it("ignores error words in scripts, styles and non-2xx responses", () => {
    expect(ids(respond(200, [HTML], "<script>console.error('x')</script><p>Hi</p>"))).toEqual([]);
    expect(ids(respond(200, [HTML], "<style>.error{color:red}</style><p>Hi</p>"))).toEqual([]);
    expect(ids(respond(400, [HTML], "Invalid input"))).toEqual([]);
  });
});

describe("json-as-html", () => {
  it("flags json.dumps returned as a string", () => {
    const [pitfall] = findPitfalls(respond(200, [HTML], '{"id": 1, "name": "Ada"}'));
    expect(pitfall).toMatchObject({ id: "json-as-html", severity: "warning", title: "JSON sent as text/html" });
    expect(pitfall.detail).toContain("json.dumps(data)");
    expect(pitfall.detail).toContain("jsonify(data)");
    expect(ids(respond(200, [["Content-Type", "text/plain; charset=utf-8"]], "[1, 2, 3]"))).toEqual(["json-as-html"]);
  });

  it("does not flag JSON scalars that are also plain text", () => {
    expect(ids(respond(200, [HTML], "42"))).toEqual([]);
    expect(ids(respond(200, [HTML], '"hello"'))).toEqual([]);
  });

  it("reports both when the JSON string is also an error", () => {
    expect(ids(respond(200, [HTML], '{"error": "bad"}'))).toEqual(["error-with-2xx", "json-as-html"]);
  });
});

describe("invalid-json", () => {
  it("flags a JSON Content-Type on a non-JSON body", () => {
    const [pitfall] = findPitfalls(respond(200, [["Content-Type", "application/json"]], "{'id': 1}"));
    expect(pitfall).toMatchObject({ id: "invalid-json", severity: "error" });
    expect(pitfall.detail).toContain("labelled application/json");
    expect(ids(respond(400, [["Content-Type", "application/problem+json"]], "oops"))).toEqual(["invalid-json"]);
    expect(ids({ status: 200, headers: [JSON_TYPE], body: new Uint8Array([0xff, 0xfe]) })).toEqual(["invalid-json"]);
  });

  it("accepts an empty body", () => {
    expect(ids({ status: 200, headers: [JSON_TYPE], body: new Uint8Array() })).toEqual([]);
  });
});

describe("traceback-leak", () => {
  it("flags a plain traceback in a 500", () => {
    const [pitfall] = findPitfalls(respond(500, [["Content-Type", "text/plain"]], TRACEBACK));
    expect(pitfall).toMatchObject({ id: "traceback-leak", severity: "error" });
    expect(pitfall.detail).toContain("@app.errorhandler(500)");
    expect(pitfall.detail).toContain("debug=True");
  });

  it("flags the Werkzeug debugger page", () => {
    const page =
      '<!doctype html>\n<html lang=en>\n  <head>\n    <title>ZeroDivisionError: division by zero\n // Werkzeug Debugger</title>\n    <link rel="stylesheet" href="?__debugger__=yes&amp;cmd=resource&amp;f=style.css">\n';
    expect(ids(respond(500, [HTML], page))).toEqual(["traceback-leak"]);
  });

  it("flags a traceback returned with 200 as both an error and a leak", () => {
    expect(ids(respond(200, [HTML], `<pre>${TRACEBACK}</pre>`))).toEqual(["error-with-2xx", "traceback-leak"]);
  });
});

describe("redirects and Location", () => {
  it("flags every redirect status without a Location", () => {
    for (const status of [301, 302, 303, 307, 308]) {
      const pitfalls = findPitfalls({ status, headers: [], body: new Uint8Array() });
      expect(pitfalls.map((p) => p.id)).toEqual(["redirect-without-location"]);
      expect(pitfalls[0].title).toBe(`${status} redirect without a Location`);
      expect(pitfalls[0].detail).toContain(`return "", ${status}, {"Location": url_for("endpoint")}`);
    }
    expect(ids({ status: 302, headers: [["Location", "  "]], body: new Uint8Array() })).toEqual(["redirect-without-location"]);
    expect(ids({ status: 300, headers: [], body: new Uint8Array() })).toEqual([]);
  });

  it("flags 201 without a Location, matching header names case-insensitively", () => {
    const [pitfall] = findPitfalls(respond(201, [HTML, ["X-Lesson", "tuples"]], "made it"));
    expect(pitfall).toMatchObject({ id: "created-without-location", severity: "warning", title: "201 Created without a Location" });
    expect(pitfall.detail).toContain('url_for("get_item"');
    expect(ids(respond(201, [HTML, ["location", "/items/1"]], "made it"))).toEqual([]);
  });
});

describe("body-on-no-content", () => {
  it("flags a declared Content-Length on 204 and 304", () => {
    const [pitfall] = findPitfalls({ status: 204, headers: [["Content-Length", "2"]], body: new Uint8Array() });
    expect(pitfall).toMatchObject({ id: "body-on-no-content", severity: "error", title: "204 with a body" });
    expect(pitfall.detail).toContain("Content-Length: 2");
    expect(pitfall.detail).toContain('return "", 204');
    const [notModified] = findPitfalls({ status: 304, headers: [["content-length", "120"]], body: new Uint8Array() });
    expect(notModified.detail).toContain("make_conditional");
  });

  it("flags body bytes even without Content-Length, and accepts Content-Length: 0", () => {
    expect(findPitfalls({ status: 204, headers: [], body: utf8("ok") })[0].detail).toContain("2 bytes");
    expect(ids({ status: 204, headers: [["Content-Length", "0"]], body: new Uint8Array() })).toEqual([]);
  });
});

describe("evidence", () => {
  const evidence = (input: PitfallInput) => findPitfalls(input).map((p) => `${p.id}: ${p.evidence}`);

  it("quotes the part of the response that triggered each warning", () => {
    expect(evidence(respond(200, [HTML], "Error: user not found"))).toEqual(["error-with-2xx: body starts with “Error: user not found”"]);
    expect(evidence(respond(200, [JSON_TYPE], '{"error":"not found"}'))).toEqual([
      'error-with-2xx: “"error": "not found"” at the top level of the JSON object',
    ]);
    expect(evidence(respond(200, [HTML], '{"id": 1}'))).toEqual([
      'json-as-html: “Content-Type: text/html; charset=utf-8” but the body parses as JSON: “{"id": 1}”',
    ]);
    expect(evidence(respond(200, [JSON_TYPE], "{'id': 1}"))).toEqual([
      "invalid-json: “Content-Type: application/json” but the body does not parse as JSON: “{'id': 1}”",
    ]);
    expect(evidence(respond(500, [["Content-Type", "text/plain"]], TRACEBACK))).toEqual([
      "traceback-leak: body shows “Traceback (most recent call last):” ending in “ZeroDivisionError: division by zero”",
    ]);
    expect(evidence({ status: 302, headers: [], body: new Uint8Array() })).toEqual([
      "redirect-without-location: status “302” and no Location header",
    ]);
    expect(evidence({ status: 204, headers: [["Content-Length", "2"]], body: new Uint8Array() })).toEqual([
      "body-on-no-content: status “204” with “Content-Length: 2”",
    ]);
  });

  it("cuts long quotes with an ellipsis", () => {
    const [pitfall] = findPitfalls(respond(200, [HTML], JSON.stringify({ items: Array.from({ length: 40 }, (_, i) => i) })));
    expect(pitfall.evidence).toMatch(/“\{"items":\[0,1,2,[^”]*…”$/);
  });
});
