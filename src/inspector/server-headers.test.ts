import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Header } from "../runtime/protocol";
import { toWireHttp } from "./raw-http";
import { devServerHead, httpDate, type DevServerContext } from "./server-headers";

/** Raw responses from the real `flask run` (fixtures/dev-server/record.py says how they were recorded). */
interface RecordedCase {
  name: string;
  request: string;
  app: { status: number; reason: string; headers: Header[]; chunks: string[] };
  response: string;
}
const recorded = JSON.parse(readFileSync(join(import.meta.dirname, "fixtures/dev-server/responses.json"), "utf8")) as {
  recorded: { python: string; werkzeug: string };
  cases: RecordedCase[];
};

const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

/** The request's method and headers, from its raw text. */
function parseRequest(raw: string): { method: string; headers: Header[] } {
  const [head] = raw.split("\r\n\r\n");
  const [requestLine, ...lines] = head.split("\r\n");
  return {
    method: requestLine.split(" ")[0],
    headers: lines.map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1).trim()]),
  };
}

/** What the playground records of the app's body: its non-empty chunks; none for HEAD, 204 and 304. */
function recordedChunks(method: string, app: RecordedCase["app"]): Uint8Array[] {
  if (method === "HEAD" || app.status === 204 || app.status === 304) return [];
  return app.chunks.filter((chunk) => chunk !== "").map(latin1);
}

const context = (over: Partial<DevServerContext> = {}): DevServerContext => ({
  method: "GET",
  requestHeaders: [],
  werkzeug: "3.1.3",
  python: "3.14.2",
  sentAt: new Date(Date.UTC(2026, 10, 30, 11, 52, 21)),
  ...over,
});

describe("devServerHead against responses recorded from flask run", () => {
  it("covers the cases the rules depend on", () => {
    expect(recorded.recorded.werkzeug).toBe("3.1.3");
    expect(recorded.cases.length).toBeGreaterThanOrEqual(20);
  });

  for (const sample of recorded.cases) {
    it(`gives byte for byte what the server sent: ${sample.name}`, () => {
      const request = parseRequest(sample.request);
      // The server's own Date and Python version, taken from what it sent.
      const sentAt = new Date(/\r\nDate: ([^\r]+)\r\n/.exec(sample.response)![1]);
      const python = /\r\nServer: Werkzeug\/[\d.]+ Python\/([\d.]+)\r\n/.exec(sample.response)![1];
      const server = devServerHead(
        { status: sample.app.status, reason: sample.app.reason, headers: sample.app.headers },
        context({ method: request.method, requestHeaders: request.headers, werkzeug: recorded.recorded.werkzeug, python, sentAt }),
      );
      expect(toWireHttp(server, recordedChunks(request.method, sample.app), true)).toBe(sample.response);
    });
  }
});

describe("devServerHead", () => {
  const ok = {
    status: 200,
    reason: "OK",
    headers: [
      ["Content-Type", "text/plain"],
      ["Content-Length", "2"],
    ] as Header[],
  };

  it("puts Server and Date before the app's headers and Connection: close after them, each marked as the server's", () => {
    const { headers } = devServerHead(ok, context());
    expect(headers.map(({ name, value, addedBy }) => [name, value, addedBy])).toEqual([
      ["Server", "Werkzeug/3.1.3 Python/3.14.2", "server"],
      ["Date", "Mon, 30 Nov 2026 11:52:21 GMT", "server"],
      ["Content-Type", "text/plain", "app"],
      ["Content-Length", "2", "app"],
      ["Connection", "close", "server"],
    ]);
    expect(headers.filter((h) => h.addedBy === "server").every((h) => h.why)).toBe(true);
  });

  it("chunks a body without a length, except for HEAD, 1xx, 204 and 304", () => {
    const stream = { status: 200, reason: "OK", headers: [["Content-Type", "text/plain"]] as Header[] };
    expect(devServerHead(stream, context()).chunked).toBe(true);
    expect(devServerHead(stream, context()).headers.at(-2)).toMatchObject({ name: "Transfer-Encoding", value: "chunked", addedBy: "server" });
    expect(devServerHead(stream, context({ method: "HEAD" })).chunked).toBe(false);
    for (const status of [103, 204, 304]) expect(devServerHead({ ...stream, status }, context()).chunked).toBe(false);
    expect(devServerHead({ ...stream, headers: [["content-length", "0"]] }, context()).chunked).toBe(false);
  });

  it("answers Expect: 100-continue with two interim responses, as http.server and Werkzeug each send one", () => {
    expect(devServerHead(ok, context({ requestHeaders: [["Expect", "100-Continue"]] })).interim).toEqual([
      "HTTP/1.1 100 Continue",
      "HTTP/1.1 100 Continue",
    ]);
    expect(devServerHead(ok, context()).interim).toEqual([]);
  });

  it("writes dates as Python's formatdate(usegmt=True) does", () => {
    expect(httpDate(new Date(Date.UTC(2026, 0, 5, 3, 4, 5)))).toBe("Mon, 05 Jan 2026 03:04:05 GMT");
  });
});

describe("toWireHttp", () => {
  const stream = devServerHead({ status: 200, reason: "OK", headers: [] }, context());
  const head =
    "HTTP/1.1 200 OK\r\nServer: Werkzeug/3.1.3 Python/3.14.2\r\nDate: Mon, 30 Nov 2026 11:52:21 GMT\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n";

  it("leaves the closing chunk off while the body still streams", () => {
    expect(toWireHttp(stream, [latin1("abc")], false)).toBe(`${head}3\r\nabc\r\n`);
  });

  it("counts a chunk's length in bytes, and shows a character split between chunks in the chunk it ends in", () => {
    const snowman = new TextEncoder().encode("☃!"); // 3 bytes + 1
    expect(toWireHttp(stream, [snowman.slice(0, 2), snowman.slice(2)], true)).toBe(`${head}2\r\n\r\n2\r\n☃!\r\n0\r\n\r\n`);
  });

  it("stands a placeholder in for each chunk of a binary body", () => {
    expect(toWireHttp(stream, [new Uint8Array([0, 1]), new Uint8Array(16)], true)).toBe(
      `${head}2\r\n[2 bytes of binary data]\r\n10\r\n[16 bytes of binary data]\r\n0\r\n\r\n`,
    );
  });
});
