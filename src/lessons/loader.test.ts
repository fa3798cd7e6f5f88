import { describe, expect, it } from "vitest";
import { loadLessons } from "./loader";

const readme = (id: string, order: number, extra = "") =>
  `---\nid: ${id}\ntitle: Title of ${id}\norder: ${order}\nsummary: One sentence.\n${extra}---\n\n# Lesson\n\nText.\n`;

const validJson = {
  requests: [{ label: "Home", method: "GET", path: "/" }],
  hints: ["Look at the status line."],
  checks: [{ id: "home", title: "Home answers 200", request: { method: "GET", path: "/" }, expect: [{ status: 200 }] }],
  questions: [{ question: "Which?", choices: ["a", "b"], answer: 1, explanation: "Because." }],
};

function lesson(folder: string, id: string, order: number, json: unknown = validJson): Record<string, string> {
  return {
    [`lessons/${folder}/README.md`]: readme(id, order),
    [`lessons/${folder}/app-a/app.py`]: "from flask import Flask\napp = Flask(__name__)\n",
    [`lessons/${folder}/app-b/app.py`]: "from flask import Flask\napp = Flask(__name__)\n@app.get('/')\ndef i():\n    return 'x'\n",
    [`lessons/${folder}/lesson.json`]: JSON.stringify(json),
  };
}

/** One valid lesson with its lesson.json changed by `change`. */
function withJson(change: (json: typeof validJson) => unknown) {
  return lesson("01-first", "first", 1, change(structuredClone(validJson)));
}

function withExpectation(expectation: unknown) {
  return withJson((json) => {
    (json.checks[0]!.expect as unknown[]) = [expectation];
    return json;
  });
}

describe("loadLessons: valid content", () => {
  it("returns lessons sorted by order with every field, ignoring non-lesson folders", () => {
    const lessons = loadLessons({
      ...lesson("02-second", "second", 2),
      ...lesson("01-first", "first", 1),
      "lessons/playground/app.py": "anything",
    });
    expect(lessons.map((l) => [l.order, l.id, l.slug])).toEqual([
      [1, "first", "01-first"],
      [2, "second", "02-second"],
    ]);
    const [first] = lessons;
    expect(first).toMatchObject({
      title: "Title of first",
      summary: "One sentence.",
      markdown: "# Lesson\n\nText.",
      requests: validJson.requests,
      hints: validJson.hints,
      checks: [{ id: "home", title: "Home answers 200", steps: [{ request: { method: "GET", path: "/" }, expect: [{ status: 200 }] }] }],
      questions: validJson.questions,
    });
    expect(first!.starter).toContain("Flask(__name__)");
    expect(first!.solution).toContain("return 'x'");
  });

  it("accepts every expectation shape", () => {
    const shapes = [
      { status: 201 },
      { header: "X", present: true },
      { header: "X", absent: true },
      { header: "X", equals: "a" },
      { header: "X", matches: "^a" },
      { header: "X", contains: "a" },
      { jsonSubset: { a: [1] } },
      { bodyContains: "a" },
      { bodyEquals: "" },
      { bodyMatches: "a+" },
      { redirectTo: "/a?b=1" },
      { cookie: "sid" },
      { cookie: "sid", attributes: { HttpOnly: true, Secure: true, SameSite: "Lax", Path: "/", "Max-Age": 0 } },
      { cookieDeleted: "sid" },
      { header: "Content-Type", count: 1 },
      { headerNames: ["Content-Type", "Content-Length"] },
      { statusLine: "201 CREATED" },
      { logged: { level: "ERROR", contains: "Traceback" } },
      { logged: {} },
      { notLogged: { level: "WARNING" } },
      { jsonShape: { error: { code: "integer", tags: ["string"] } }, onlyKeys: true },
      { noPitfall: "json-as-html", why: "json.dumps gives a str" },
    ];
    const [loaded] = loadLessons(
      withJson((json) => {
        (json.checks[0]!.expect as unknown[]) = shapes;
        return json;
      }),
    );
    expect(loaded!.checks[0]!.steps[0]!.expect).toEqual(shapes);
  });
});

describe("loadLessons: malformed content throws, naming the file", () => {
  const throws = (files: Record<string, string>, file: string, message: RegExp) => {
    let error: unknown;
    try {
      loadLessons(files);
    } catch (e) {
      error = e;
    }
    expect(error, "expected loadLessons to throw").toBeInstanceOf(Error);
    expect((error as Error).message.startsWith(`${file}: `), (error as Error).message).toBe(true);
    expect((error as Error).message).toMatch(message);
  };

  it("a missing file", () => {
    for (const name of ["README.md", "app-a/app.py", "app-b/app.py", "lesson.json"]) {
      const files = lesson("01-first", "first", 1);
      delete files[`lessons/01-first/${name}`];
      throws(files, `lessons/01-first/${name}`, /missing file/);
    }
  });

  it("a badly named folder", () => {
    throws({ "lessons/1-first/README.md": readme("first", 1) }, "lessons/1-first", /NN-slug/);
  });

  it("no frontmatter, YAML that does not parse, a missing or wrongly typed field, an unknown key", () => {
    const file = "lessons/01-first/README.md";
    const base = lesson("01-first", "first", 1);
    throws({ ...base, [file]: "# no frontmatter" }, file, /frontmatter/);
    throws({ ...base, [file]: "---\nid: [unclosed\n---\ntext" }, file, /bad frontmatter/);
    throws({ ...base, [file]: "---\n- a list\n---\ntext" }, file, /bad frontmatter/);
    throws({ ...base, [file]: "---\nid: first\norder: 1\nsummary: s\n---\ntext" }, file, /title/);
    throws({ ...base, [file]: readme("first", 1).replace("order: 1", "order: one") }, file, /order must be an integer/);
    throws({ ...base, [file]: readme("first", 1, "author: me\n") }, file, /unknown key.*author/);
    throws({ ...base, [file]: "---\nid: first\ntitle: t\norder: 1\nsummary: s\n---\n" }, file, /no lesson text/);
  });

  it("an order that does not match the NN prefix, an id that does not match the folder", () => {
    throws(lesson("03-first", "first", 2), "lessons/03-first/README.md", /order 2 does not match the folder prefix 03/);
    throws(lesson("01-first", "other", 1), "lessons/01-first/README.md", /id "other" does not match/);
  });

  it("duplicate ids and duplicate orders", () => {
    const dupId = { ...lesson("01-same", "same", 1), ...lesson("02-same", "same", 2) };
    throws(dupId, "lessons/02-same/README.md", /duplicate id "same"/);
    const dupOrder = { ...lesson("01-first", "first", 1), ...lesson("01-second", "second", 1) };
    throws(dupOrder, "lessons/01-second/README.md", /duplicate order 1/);
  });

  it("lesson.json that is not JSON, or has wrong or unknown keys", () => {
    const file = "lessons/01-first/lesson.json";
    throws({ ...lesson("01-first", "first", 1), [file]: "{ nope" }, file, /invalid JSON/);
    throws(withJson((j) => ({ ...j, check: [] })), file, /unknown key.*"check"/);
    throws(withJson((j) => ({ ...j, hints: "one" })), file, /"hints" must be a list/);
    throws(withJson((j) => ({ ...j, checks: [] })), file, /at least one check/);
    throws(withJson((j) => ({ ...j, checks: [j.checks[0], j.checks[0]] })), file, /duplicate check id "home"/);
  });

  it("bad requests", () => {
    const file = "lessons/01-first/lesson.json";
    throws(withJson((j) => ({ ...j, requests: [{ method: "GET", path: "/" }] })), file, /requests\[0\]\.label/);
    throws(withJson((j) => ({ ...j, requests: [{ label: "x", method: "GET", path: "x" }] })), file, /must start with "\/"/);
    throws(
      withJson((j) => ({ ...j, requests: [{ label: "x", method: "GET", path: "/", headers: { A: "b" } }] })),
      file,
      /headers must be a list of \[name, value\]/,
    );
    throws(withJson((j) => ({ ...j, requests: [{ label: "x", method: "POST", path: "/", body: {} }] })), file, /body must be a string/);
    throws(withJson((j) => ({ ...j, requests: [{ label: "x", method: "GET", path: "/", url: "/" }] })), file, /unknown key.*"url"/);
  });

  it("an unknown expectation shape", () => {
    const file = "lessons/01-first/lesson.json";
    for (const bad of [
      { statusCode: 200 },
      { status: 200, header: "X" },
      { header: "X", equals: "a", contains: "b" },
      { header: "X" },
      { header: "X", present: false },
      { status: "200" },
      { cookie: "sid", attributes: { HttpOnly: false } },
      { cookie: "sid", attributes: { Domain: "x" } },
      { redirectTo: "https://elsewhere/" },
      { header: "X", count: -1 },
      { jsonShape: { id: "int" } },
      { jsonShape: ["string", "number"] },
      { jsonShape: "any", onlyKeys: false },
      { noPitfall: "not-a-pitfall" },
      { headerNames: "Content-Type" },
      { statusLine: "created" },
      { logged: { level: "LOUD" } },
      { logged: { where: "x" } },
      { notLogged: {} },
      { status: 200, why: "" },
      "status 200",
    ]) {
      throws(withExpectation(bad), file, /checks\[0\]\.expect\[0\]/);
    }
    throws(withExpectation({ statusCode: 200 }), file, /unknown expectation shape/);
  });

  it("a sequence check written wrong, or an explainedBy that names no heading", () => {
    const file = "lessons/01-first/lesson.json";
    const step = { request: { method: "GET", path: "/" }, expect: [{ status: 200 }] };
    const withCheck = (check: object) => withJson((j) => ({ ...j, checks: [{ id: "c", title: "t", ...check }] }));
    throws(withCheck({ steps: [step] }), file, /at least two steps/);
    throws(withCheck({ steps: [step, step], request: step.request }), file, /"steps", so its requests/);
    throws(withCheck({ steps: [step, { ...step, extra: 1 }] }), file, /checks\[0\]\.steps\[1\] has unknown key/);
    throws(withCheck({ ...step, explainedBy: "nowhere" }), file, /explainedBy "nowhere" is not a heading.*headings: lesson/);
    const [loaded] = loadLessons(withCheck({ steps: [step, step], explainedBy: "lesson" }));
    expect(loaded!.checks[0]).toEqual({ id: "c", title: "t", steps: [step, step], explainedBy: "lesson" });
  });

  it("an invalid regex", () => {
    const file = "lessons/01-first/lesson.json";
    throws(withExpectation({ bodyMatches: "(" }), file, /invalid regex/);
    throws(withExpectation({ header: "X", matches: "[a-" }), file, /checks\[0\]\.expect\[0\]\.matches is an invalid regex/);
  });

  it("a question answer index out of range, or too few choices", () => {
    const file = "lessons/01-first/lesson.json";
    const question = (answer: unknown, choices = ["a", "b"]) =>
      withJson((j) => ({ ...j, questions: [{ question: "q", choices, answer, explanation: "e" }] }));
    throws(question(2), file, /questions\[0\]\.answer 2 is out of range/);
    throws(question(-1), file, /out of range/);
    throws(question(0.5), file, /out of range/);
    throws(question(0, ["only"]), file, /at least two choices/);
  });

  it("an empty starter", () => {
    throws({ ...lesson("01-first", "first", 1), "lessons/01-first/app-a/app.py": "  \n" }, "lessons/01-first/app-a/app.py", /empty/);
  });
});
