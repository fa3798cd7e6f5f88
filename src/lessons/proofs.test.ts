import { describe, expect, it } from "vitest";
import { parseFacts, parseWrongAnswer, plainText } from "./proofs";
import type { Lesson } from "./types";

const lesson = {
  slug: "07-redirects",
  markdown: "# Redirects\n\n`redirect()` sends **302 Found**\nunless you pass `code=`.\n\n## Moving for good\n\nText.",
  starter: "starter code",
  solution: "solution code",
  checks: [
    { id: "moved", title: "t", steps: [] },
    { id: "kept", title: "t", steps: [] },
  ],
} as unknown as Lesson;

describe("parseWrongAnswer", () => {
  const file = "lessons/07-redirects/wrong/01-default-302.py";
  it("reads the mistake and the checks that must catch it", () => {
    const text = "# Mistake: redirect() without code= sends 302\n# Caught by: moved, kept\nfrom flask import Flask\n";
    expect(parseWrongAnswer(file, text, lesson)).toEqual({
      file,
      mistake: "redirect() without code= sends 302",
      caughtBy: ["moved", "kept"],
      code: text,
    });
  });
  it("rejects a missing header or an unknown check, naming the file", () => {
    expect(() => parseWrongAnswer(file, "from flask import Flask\n", lesson)).toThrow(/01-default-302\.py: first line must be "# Mistake/);
    expect(() => parseWrongAnswer(file, "# Mistake: x\nfrom flask import Flask\n", lesson)).toThrow(/second line must be "# Caught by/);
    expect(() => parseWrongAnswer(file, "# Mistake: x\n# Caught by: nope\n", lesson)).toThrow(/unknown check\(s\) nope \(checks: moved, kept\)/);
  });
});

describe("parseFacts", () => {
  const file = "lessons/07-redirects/facts.json";
  const request = { method: "GET", path: "/old" };
  const facts = (list: unknown[], files: Record<string, string> = {}) => parseFacts(file, JSON.stringify(list), lesson, files);

  it("finds each claim in the text, ignoring line breaks and emphasis, and picks its app", () => {
    const [fact, other] = facts(
      [
        { claim: "`redirect()` sends 302 Found unless you pass `code=`", request, expect: [{ status: 302 }] },
        { claim: "sends 302", app: "facts/default.py", request, expect: [{ status: 302 }] },
      ],
      { "lessons/07-redirects/facts/default.py": "fact app" },
    );
    expect(fact).toMatchObject({ app: "app-b", code: "solution code", check: { id: "fact-1", steps: [{ request, expect: [{ status: 302 }] }] } });
    expect(other).toMatchObject({ app: "facts/default.py", code: "fact app" });
  });

  it("fails a claim the text no longer makes, an unknown app, a malformed check", () => {
    expect(() => facts([{ claim: "sends 301", request, expect: [{ status: 301 }] }])).toThrow(/facts\[0\]\.claim is not in lessons\/07-redirects\/README\.md/);
    expect(() => facts([{ claim: "sends 302", app: "facts/missing.py", request, expect: [{ status: 302 }] }])).toThrow(/app must be/);
    expect(() => facts([{ claim: "sends 302", app: "../app.py", request, expect: [{ status: 302 }] }])).toThrow(/app must be/);
    expect(() => facts([{ claim: "sends 302", request, expect: [] }])).toThrow(/expect must be a non-empty list/);
    expect(() => facts([])).toThrow(/non-empty list/);
  });

  it("compares text without Markdown emphasis or line breaks", () => {
    expect(plainText("sends **302\n  Found**")).toBe("sends 302 Found");
  });
});
