/**
 * THE CONTENT TEST, on real Flask (Pyodide on Node): every lesson's solution
 * passes all its checks, its starter and every wrong answer under wrong/
 * load but fail (each wrong answer the checks its header names, with a
 * message saying why), and every claim in facts.json holds.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { startNodeRuntime, type NodeRuntime } from "../runtime/node-runtime";
import { runCheck } from "./checks";
import { lessonProofFiles } from "./lesson-proof-files";
import { lessonSourceFiles } from "./lessonFiles";
import { loadLessons } from "./loader";
import { parseFacts, parseWrongAnswer } from "./proofs";
import { serveLessonRequest } from "./serve-check";
import type { CheckResult, Lesson } from "./types";

const lessons = loadLessons(lessonSourceFiles);

let node: NodeRuntime;
beforeAll(async () => {
  node = await startNodeRuntime();
});

function loadApp(code: string, what: string): void {
  const loaded = node.runtime.loadApp(code);
  if (!loaded.ok) throw new Error(`${what} does not load (${loaded.stage}):\n${loaded.error.text}`);
}

async function runChecks(lesson: Lesson): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const check of lesson.checks) {
    results.push(await runCheck(check, (request) => serveLessonRequest(node.runtime, request)));
  }
  return results;
}

/** A readable table of what failed, for the test output. */
function failureTable(lesson: Lesson, app: string, results: CheckResult[]): string {
  const rows = [`${lesson.slug} (${app}):`];
  for (const result of results) {
    if (result.pass) continue;
    rows.push(`  ✗ ${result.id} — ${result.title}${result.error ? `\n      error: ${result.error}` : ""}`);
    for (const r of result.results) {
      if (!r.pass) rows.push(`      ${r.description}\n        expected: ${r.expected}\n        actual:   ${r.actual}${r.why ? `\n        why:      ${r.why}` : ""}`);
    }
  }
  const errors = node.logs.filter((entry) => entry.error).map((entry) => entry.error!.text);
  if (errors.length) rows.push("  logged errors:", ...errors.map((text) => text.replace(/^/gm, "    ")));
  return rows.join("\n");
}

const words = (markdown: string) => markdown.split(/\s+/).filter(Boolean).length;

/** The files of `lesson` under `sub`/ in lessonProofFiles, sorted by path. */
function proofFiles(lesson: Lesson, pattern: RegExp): [string, string][] {
  const prefix = `lessons/${lesson.slug}/`;
  return Object.entries(lessonProofFiles)
    .filter(([path]) => path.startsWith(prefix) && pattern.test(path.slice(prefix.length)))
    .sort(([a], [b]) => a.localeCompare(b));
}

const MIN_WRONG_ANSWERS = 5;

it("has lessons 1..18 in order", () => {
  expect(lessons.map((l) => l.order)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
});

for (const lesson of lessons) {
  describe(`${lesson.slug}: ${lesson.title}`, () => {
    it("has the expected amount of content", () => {
      expect(lesson.checks.length, "checks").toBeGreaterThanOrEqual(3);
      expect(lesson.checks.length, "checks").toBeLessThanOrEqual(6);
      expect(lesson.hints.length, "hints").toBeGreaterThanOrEqual(2);
      expect(lesson.hints.length, "hints").toBeLessThanOrEqual(4);
      expect(lesson.questions.length, "questions").toBeGreaterThanOrEqual(1);
      expect(lesson.questions.length, "questions").toBeLessThanOrEqual(3);
      expect(lesson.requests.length, "suggested requests").toBeGreaterThanOrEqual(1);
      expect(words(lesson.markdown), "README words").toBeGreaterThanOrEqual(150);
      expect(words(lesson.markdown), "README words").toBeLessThanOrEqual(400);
      expect(lesson.starter, "starter and solution differ").not.toBe(lesson.solution);
      expect(proofFiles(lesson, /^wrong\/[^/]+\.py$/).length, "wrong answers in wrong/").toBeGreaterThanOrEqual(MIN_WRONG_ANSWERS);
      expect(proofFiles(lesson, /^facts\.json$/).length, "facts.json").toBe(1);
    });

    it("every check links the part of the lesson text that explains it", () => {
      expect(lesson.checks.filter((check) => !check.explainedBy).map((check) => check.id)).toEqual([]);
    });

    for (const [file, text] of proofFiles(lesson, /^wrong\/[^/]+\.py$/)) {
      const wrong = parseWrongAnswer(file, text, lesson);
      it(`rejects ${file.split("/").pop()}: ${wrong.mistake}`, async () => {
        loadApp(wrong.code, file);
        node.logs.length = 0;
        const results = await runChecks(lesson);
        const caught = results.filter((r) => wrong.caughtBy.includes(r.id));
        const missed = caught.filter((r) => r.pass || r.error);
        if (missed.length) console.error(failureTable(lesson, file, results));
        expect(missed.map((r) => r.id), `checks named in "# Caught by" that did not reject ${file}`).toEqual([]);
        for (const result of caught) {
          const said = result.results.filter((r) => !r.pass && r.why);
          expect(said.length, `${result.id} fails ${file} without a "why" naming the mistake`).toBeGreaterThan(0);
        }
      });
    }

    const [factsFile] = proofFiles(lesson, /^facts\.json$/);
    if (factsFile) {
      for (const fact of parseFacts(factsFile[0], factsFile[1], lesson, lessonProofFiles)) {
        it(`holds on Flask (${fact.app}): ${fact.claim}`, async () => {
          loadApp(fact.code, `${lesson.slug}/${fact.app}`);
          node.logs.length = 0;
          const result = await runCheck(fact.check, (request) => serveLessonRequest(node.runtime, request));
          if (!result.pass) console.error(failureTable(lesson, `${fact.file}: ${fact.claim}`, [result]));
          expect(result.pass, fact.claim).toBe(true);
        });
      }
    }

    it("the solution (app-b) passes every check", async () => {
      loadApp(lesson.solution, `${lesson.slug}/app-b/app.py`);
      node.logs.length = 0;
      const results = await runChecks(lesson);
      const failed = results.filter((r) => !r.pass);
      if (failed.length) console.error(failureTable(lesson, "app-b, the solution", results));
      expect(failed.map((r) => r.id), "failed checks of the solution").toEqual([]);
    });

    it("the solution answers every suggested request", async () => {
      loadApp(lesson.solution, `${lesson.slug}/app-b/app.py`);
      for (const request of lesson.requests) {
        await expect(serveLessonRequest(node.runtime, request), request.label).resolves.toBeDefined();
      }
    });

    it("the starter (app-a) loads and fails at least one check", async () => {
      loadApp(lesson.starter, `${lesson.slug}/app-a/app.py`);
      node.logs.length = 0;
      const results = await runChecks(lesson);
      const errors = results.filter((r) => r.error);
      if (errors.length) console.error(failureTable(lesson, "app-a, the starter", results));
      expect(errors.map((r) => r.id), "checks the starter could not serve").toEqual([]);
      if (results.every((r) => r.pass)) {
        console.error(`${lesson.slug} (app-a, the starter): passes every check, so there is nothing to learn`);
      }
      expect(results.some((r) => !r.pass), "the starter fails at least one check").toBe(true);
    });
  });
}
