import { describe, expect, it } from "vitest";
import { makeProgressFile, MAX_PROGRESS_BYTES, parseProgressFile, type ProgressFile } from "./progress-file";

const file: ProgressFile = makeProgressFile(
  {
    strings: { completed: true, hintsShown: 1, answers: { 0: 2, 1: 0 }, checks: { passed: 3, total: 3 } },
    headers: { completed: false, hintsShown: 0, answers: {} },
  },
  {
    playground: { code: "from flask import Flask\napp = Flask(__name__)\n", savedAt: 1_746_100_000_000 },
    "lesson:strings": { code: 'return "Hello, Ada!" 🐍', savedAt: null },
  },
  new Date("2025-05-01T12:00:00.000Z"),
);

const bytes = (text: string) => new TextEncoder().encode(text);
const json = (value: unknown) => bytes(JSON.stringify(value));
/** The file with one part replaced (undefined: removed). */
const withPart = (path: string[], value: unknown) => {
  const copy = JSON.parse(JSON.stringify(file)) as Record<string, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
  if (value === undefined) delete at[path.at(-1)!];
  else at[path.at(-1)!] = value;
  return json(copy);
};

function message(input: Uint8Array): string {
  const parsed = parseProgressFile(input);
  if (parsed.ok) throw new Error("expected the file to be refused");
  return parsed.message;
}

describe("parseProgressFile", () => {
  it("reads back what makeProgressFile wrote, unicode included", () => {
    expect(parseProgressFile(json(file))).toEqual({ ok: true, file });
  });

  it("reads a file saved with a byte order mark, and pretty-printed", () => {
    expect(parseProgressFile(bytes(`\uFEFF${JSON.stringify(file, null, 2)}`))).toEqual({ ok: true, file });
  });

  it("reads a file with no progress and no code", () => {
    const empty = makeProgressFile({}, {}, new Date(0));
    expect(parseProgressFile(json(empty))).toEqual({ ok: true, file: empty });
  });

  it("refuses binary data", () => {
    expect(message(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe]))).toMatch(/not a text file/);
    expect(message(bytes('{"format":\u0000}'))).toMatch(/not a text file/);
  });

  it("refuses text that is not JSON, saying where", () => {
    expect(message(bytes(JSON.stringify(file).slice(0, 120)))).toMatch(/^It is not valid JSON \(.+\)\.$/);
    expect(message(bytes(""))).toMatch(/not valid JSON/);
  });

  it.each([
    ["an array", []],
    ["a string", "flask-playground-progress"],
    ["null", null],
    ["a share state", { c: "code", m: "GET" }],
    ["another format", { ...file, format: "flask-playground-backup" }],
  ])("refuses %s as another kind of file", (_name, value) => {
    expect(message(json(value))).toMatch(/not a progress file of this playground/);
  });

  it("refuses a file from a newer version, saying to reload", () => {
    const text = message(json({ ...file, version: 2, somethingNew: true }));
    expect(text).toMatch(/newer version of the playground \(progress format 2; this page reads up to 1\)/);
    expect(text).toMatch(/Reload the page/);
  });

  it.each([0, -1, 1.5, "1", null])("refuses version %j", (version) => {
    expect(message(json({ ...file, version }))).toBe("Its version is not a format version.");
  });

  it.each<[string, string[], unknown, RegExp]>([
    ["a missing part", ["workspaces"], undefined, /The file has no "workspaces"/],
    ["an unknown top-level part", ["extra"], 1, /The file has an unknown part "extra"/],
    ["a date that isn't one", ["exportedAt"], "yesterday", /exportedAt must be a date/],
    ["progress that isn't an object", ["lessonProgress"], [], /lessonProgress must be an object/],
    [
      "a lesson name with odd characters",
      ["lessonProgress", "Strings!"],
      { completed: true, hintsShown: 0, answers: {} },
      /"Strings!", which is not a lesson name/,
    ],
    ["completed as a string", ["lessonProgress", "strings", "completed"], "yes", /lessonProgress\.strings\.completed must be true or false/],
    ["a negative hint count", ["lessonProgress", "strings", "hintsShown"], -1, /lessonProgress\.strings\.hintsShown must be a whole number/],
    ["a fractional answer", ["lessonProgress", "strings", "answers", "0"], 0.5, /answers\.0 must be a whole number/],
    ["an answer to a question that isn't a number", ["lessonProgress", "strings", "answers", "first"], 1, /"first", which is not a question number/],
    ["more checks passed than exist", ["lessonProgress", "strings", "checks"], { passed: 4, total: 3 }, /more checks passed than there are/],
    ["an unknown progress part", ["lessonProgress", "strings", "stars"], 5, /lessonProgress\.strings has an unknown part "stars"/],
    [
      "a workspace of another kind",
      ["workspaces", "shared:abc"],
      { code: "", savedAt: null },
      /"shared:abc"; a workspace is "playground" or "lesson:<name>"/,
    ],
    ["code that isn't text", ["workspaces", "playground", "code"], ["print(1)"], /workspaces\.playground\.code must be text/],
    ["a save time that isn't one", ["workspaces", "playground", "savedAt"], "today", /savedAt must be a time in milliseconds or null/],
    ["a workspace without its time", ["workspaces", "playground", "savedAt"], undefined, /workspaces\.playground has no "savedAt"/],
  ])("refuses %s, naming it", (_name, path, value, expected) => {
    expect(message(withPart(path, value))).toMatch(expected);
  });

  it("refuses a __proto__ key instead of taking it as a prototype", () => {
    const text = JSON.stringify(file).replace('"lessonProgress":{', '"lessonProgress":{"__proto__":{"completed":true,"hintsShown":0,"answers":{}},');
    expect(message(bytes(text))).toMatch(/"__proto__", which is not a lesson name/);
  });

  it("refuses a file too big to be one", () => {
    expect(message(new Uint8Array(MAX_PROGRESS_BYTES + 1))).toMatch(/a progress file is at most 8,000,000/);
  });

  it("never throws, whatever the bytes", () => {
    for (let seed = 1; seed <= 200; seed++) {
      const random = Uint8Array.from({ length: seed * 3 }, (_, i) => (seed * 7919 + i * 104729) % 256);
      expect(() => parseProgressFile(random)).not.toThrow();
    }
  });
});
