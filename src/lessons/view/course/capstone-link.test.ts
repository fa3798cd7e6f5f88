import { describe, expect, it } from "vitest";
import { decodeShareFragment } from "../../../share/link-format";
import type { Lesson } from "../../types";
import { capstoneLink } from "./capstone-link";

const lesson = {
  id: "capstone",
  requests: [{ label: "GET /api/tasks", method: "GET", path: "/api/tasks" }],
} as unknown as Lesson;
const code = 'from flask import Flask\napp = Flask(__name__)\n\n@app.get("/api/tasks")\ndef tasks():\n    return []\n';

describe("capstoneLink", () => {
  it("opens the code as the capstone with its first suggested request, on this page", () => {
    const link = capstoneLink(code, lesson, "https://example.org/play/?x=1#course=done");
    if (!link.ok) throw new Error(link.message);
    expect(link.url.startsWith("https://example.org/play/?x=1#share=1.")).toBe(true);
    const decoded = decodeShareFragment(link.url.slice(link.url.indexOf("#")));
    expect(decoded).toMatchObject({ kind: "ok", state: { code, lesson: "capstone", request: { method: "GET", path: "/api/tasks" } } });
  });

  it("says why when the code is too big for a link", () => {
    const link = capstoneLink("x".repeat(300_000), lesson, "https://example.org/");
    expect(link).toMatchObject({ ok: false, message: expect.stringMatching(/Can't make a share link/) });
  });
});
