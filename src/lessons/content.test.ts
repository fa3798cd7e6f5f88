/**
 * THE CONTENT TEST: every lesson's solution passes all its checks and every
 * starter loads but fails at least one, on real Flask (Pyodide on Node).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { startNodeRuntime, type NodeRuntime } from "../runtime/node-runtime";
import { runCheck } from "./checks";
import { lessonSourceFiles } from "./lessonFiles";
import { loadLessons } from "./loader";
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
      if (!r.pass) rows.push(`      ${r.description}\n        expected: ${r.expected}\n        actual:   ${r.actual}`);
    }
  }
  const errors = node.logs.filter((entry) => entry.error).map((entry) => entry.error!.text);
  if (errors.length) rows.push("  logged errors:", ...errors.map((text) => text.replace(/^/gm, "    ")));
  return rows.join("\n");
}

const words = (markdown: string) => markdown.split(/\s+/).filter(Boolean).length;

it("has lessons 1..16 in order", () => {
  expect(lessons.map((l) => l.order)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
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
    });

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
