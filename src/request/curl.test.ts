import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { shellQuote, toCurl } from "./curl";

/** Run the command in a real POSIX shell with a fake `curl` that prints its argv, NUL-separated. */
function argvOf(command: string): string[] {
  const script = `curl() { for a in "$@"; do printf '%s\\0' "$a"; done; }\n${command}`;
  const out = execFileSync("sh", ["-c", script], { encoding: "utf8" });
  return out.split("\0").slice(0, -1);
}

const BASE = "http://127.0.0.1:5000/items";

describe("shellQuote", () => {
  it("single-quotes and escapes single quotes", () => {
    expect(shellQuote("plain")).toBe("'plain'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
    expect(shellQuote("")).toBe("''");
  });
});

describe("toCurl", () => {
  it("needs no method flag for a plain GET", () => {
    expect(toCurl({ method: "GET", url: BASE, headers: [], body: null })).toBe("curl 'http://127.0.0.1:5000/items'");
    expect(toCurl({ method: "get", url: BASE, headers: [], body: "" })).toBe("curl 'http://127.0.0.1:5000/items'");
  });

  it("writes headers in order, one per continued line", () => {
    const command = toCurl({
      method: "GET",
      url: BASE,
      headers: [
        ["Accept", "application/json"],
        ["X-Trace", "1"],
        ["Accept", "text/html"],
      ],
      body: null,
    });
    expect(command).toBe("curl 'http://127.0.0.1:5000/items' \\\n  -H 'Accept: application/json' \\\n  -H 'X-Trace: 1' \\\n  -H 'Accept: text/html'");
  });

  it("implies POST from the body", () => {
    const command = toCurl({ method: "POST", url: BASE, headers: [["Content-Type", "application/json"]], body: '{"name": "Ada"}' });
    expect(command).toBe("curl 'http://127.0.0.1:5000/items' \\\n  -H 'Content-Type: application/json' \\\n  --data-raw '{\"name\": \"Ada\"}'");
  });

  it("adds -X when the method is not implied", () => {
    expect(toCurl({ method: "POST", url: BASE, headers: [], body: null })).toBe("curl -X POST 'http://127.0.0.1:5000/items'");
    expect(toCurl({ method: "PUT", url: BASE, headers: [], body: "x=1" })).toBe("curl -X PUT 'http://127.0.0.1:5000/items' \\\n  --data-raw 'x=1'");
    expect(toCurl({ method: "DELETE", url: BASE, headers: [], body: null })).toBe("curl -X DELETE 'http://127.0.0.1:5000/items'");
    expect(toCurl({ method: "GET", url: BASE, headers: [], body: "q" })).toBe("curl -X GET 'http://127.0.0.1:5000/items' \\\n  --data-raw 'q'");
    expect(toCurl({ method: "PROP FIND", url: BASE, headers: [], body: null })).toBe("curl -X 'PROP FIND' 'http://127.0.0.1:5000/items'");
  });

  it("uses --head for HEAD", () => {
    expect(toCurl({ method: "HEAD", url: BASE, headers: [], body: null })).toBe("curl --head 'http://127.0.0.1:5000/items'");
  });

  it("writes an empty header value so curl still sends it", () => {
    expect(toCurl({ method: "GET", url: BASE, headers: [["X-Empty", ""]], body: null })).toBe(
      "curl 'http://127.0.0.1:5000/items' \\\n  -H 'X-Empty;'",
    );
  });

  it("survives a real shell: quotes, newlines, unicode, $ and backslashes", () => {
    const body = '{"note": "it\'s \\"fine\\"",\n "cost": "$HOME `id` \\\\",\n "city": "Zürich 🚀"}\n';
    const command = toCurl({
      method: "PATCH",
      url: "http://127.0.0.1:5000/items/1?q=a b&x='y'",
      headers: [
        ["X-Quote", "O'Brien"],
        ["X-Unicode", "café ✓"],
      ],
      body,
    });
    expect(argvOf(command)).toEqual([
      "-X",
      "PATCH",
      "http://127.0.0.1:5000/items/1?q=a b&x='y'",
      "-H",
      "X-Quote: O'Brien",
      "-H",
      "X-Unicode: café ✓",
      "--data-raw",
      body,
    ]);
  });

  it("keeps a body that starts with @ literal", () => {
    const command = toCurl({ method: "POST", url: BASE, headers: [], body: "@/etc/passwd" });
    expect(command.endsWith("--data-raw '@/etc/passwd'")).toBe(true);
    expect(argvOf(command)).toEqual([BASE, "--data-raw", "@/etc/passwd"]);
  });
});
