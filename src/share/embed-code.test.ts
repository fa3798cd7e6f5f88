import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EMBED_SANDBOX, embedSnippet, embedUrl } from "./embed-code";
import { decodeShareFragment, encodeShareLink } from "./link-format";

const state = {
  code: 'from flask import Flask\napp = Flask(__name__)\n\n@app.get("/")\ndef index():\n    return "<b>hi</b> & bye"\n',
  request: { method: "GET", path: "/", headers: [], body: { kind: "none" as const, text: "", fields: [] }, followRedirects: false },
  lesson: null,
};

describe("embed code", () => {
  it("points at embed.html beside the playground's page, with the same share fragment", () => {
    const link = encodeShareLink(state, "https://learn.example/flask/?x=1#lesson=json");
    const url = embedUrl(link);
    expect(url.startsWith("https://learn.example/flask/embed.html#share=1.")).toBe(true);
    const decoded = decodeShareFragment(new URL(url).hash);
    expect(decoded.kind === "ok" && decoded.state.code).toBe(state.code);
  });

  it("is an iframe with a title, a height, the sandbox the embed needs, and attributes escaped", () => {
    const snippet = embedSnippet("https://learn.example/#share=1.a&b", 'A "quoted" <title>');
    expect(snippet).toMatch(/^<iframe src="https:\/\/learn\.example\/embed\.html#share=1\.a&amp;b" /);
    expect(snippet).toContain('title="A &quot;quoted&quot; &lt;title>"');
    expect(snippet).toContain('height="520"');
    expect(snippet).toContain('sandbox="allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox"');
    expect(snippet).toContain('loading="lazy"');
    expect(snippet.endsWith("></iframe>")).toBe(true);
  });
});

describe("docs/embed-demo.html", () => {
  const html = readFileSync(new URL("../../docs/embed-demo.html", import.meta.url), "utf8");
  const frames = [...html.matchAll(/<iframe ([^>]*)><\/iframe>/g)].map(([, attributes]) =>
    Object.fromEntries([...attributes.matchAll(/([a-z]+)="([^"]*)"/g)].map(([, name, value]) => [name, value.replace(/&amp;/g, "&")])),
  );

  it("embeds three examples as Copy embed code makes them, each a valid share link", () => {
    expect(frames).toHaveLength(3);
    for (const frame of frames) {
      expect(frame.src).toMatch(/^http:\/\/127\.0\.0\.1:4173\/embed\.html#share=1\./);
      expect(frame.title).toMatch(/^Live Flask example: /);
      expect(frame.sandbox).toBe(EMBED_SANDBOX);
      const decoded = decodeShareFragment(new URL(frame.src).hash);
      expect(decoded.kind, frame.title).toBe("ok");
      if (decoded.kind === "ok") expect(decoded.state.code).toContain("app = Flask(__name__)");
    }
  });
});
