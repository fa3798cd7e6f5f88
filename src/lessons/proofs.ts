/**
 * The two kinds of proof a lesson carries besides its solution:
 *
 * - wrong/NN-name.py: a plausible wrong answer. Its first line names the
 *   mistake ("# Mistake: redirect() without code=301 sends 302"), its second
 *   the checks that must reject it ("# Caught by: moved-permanently").
 * - facts.json: every claim the lesson text makes about Flask, quoted from
 *   README.md, with a request and what Flask answers, run against an app
 *   ("app-a", "app-b" or a file under facts/). A text edited away from the
 *   quote, or a Flask that answers otherwise, fails the content test.
 */
import { APP_FILE, withFile } from "../store/workspace-files";
import { headingIds } from "./anchors";
import { isObject, LessonError, nonEmptyString, parseCheck } from "./loader";
import type { Check, Lesson } from "./types";

export interface WrongAnswer {
  /** Repo-relative path, "lessons/07-redirects/wrong/01-default-302.py". */
  file: string;
  mistake: string;
  /** Ids of the checks that must fail. */
  caughtBy: string[];
  code: string;
}

export interface Fact {
  file: string;
  /** The sentence of the lesson text this proves, as written there. */
  claim: string;
  /** "app-a", "app-b" or "facts/name.py". */
  app: string;
  code: string;
  check: Check;
}

const MISTAKE = /^# Mistake: (.+)$/;
const CAUGHT_BY = /^# Caught by: ([\w-]+(?:, [\w-]+)*)$/;

/** One wrong answer, its header checked against the lesson's check ids. */
export function parseWrongAnswer(file: string, text: string, lesson: Lesson): WrongAnswer {
  const [first = "", second = ""] = text.split(/\r?\n/, 2);
  const mistake = MISTAKE.exec(first)?.[1]?.trim();
  if (!mistake) throw new LessonError(file, 'first line must be "# Mistake: <what this answer gets wrong>"');
  const caught = CAUGHT_BY.exec(second)?.[1];
  if (!caught) throw new LessonError(file, 'second line must be "# Caught by: <check-id>[, <check-id>...]"');
  const caughtBy = caught.split(", ");
  const ids = new Set(lesson.checks.map((check) => check.id));
  const unknown = caughtBy.filter((id) => !ids.has(id));
  if (unknown.length) throw new LessonError(file, `names unknown check(s) ${unknown.join(", ")} (checks: ${[...ids].join(", ")})`);
  // Beside the solution's other files (templates, modules): only app.py is wrong.
  return { file, mistake, caughtBy, code: withFile(lesson.solution, APP_FILE, text) };
}

/** Whitespace and Markdown emphasis do not count when finding a claim in the text. */
export function plainText(markdown: string): string {
  return markdown.replace(/[*_]/g, "").replace(/\s+/g, " ").trim();
}

/** A lesson's facts.json, every claim found in its text and every app file present. */
export function parseFacts(file: string, text: string, lesson: Lesson, files: Record<string, string>): Fact[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new LessonError(file, `invalid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(data) || data.length === 0) throw new LessonError(file, "must be a non-empty list of facts");
  const folder = file.replace(/\/facts\.json$/, "");
  const lessonText = plainText(lesson.markdown);
  return data.map((value, index) => {
    const where = `facts[${index}]`;
    if (!isObject(value)) throw new LessonError(file, `${where} must be an object`);
    const { claim, app = "app-b", ...check } = value;
    const quoted = nonEmptyString(claim, file, `${where}.claim`);
    if (!lessonText.includes(plainText(quoted))) {
      throw new LessonError(file, `${where}.claim is not in ${folder}/README.md (edited?): ${JSON.stringify(quoted)}`);
    }
    const appName = nonEmptyString(app, file, `${where}.app`);
    const factApp = files[`${folder}/${appName}`];
    // A facts/ app runs beside the solution's other files (templates, modules).
    const code =
      appName === "app-a" ? lesson.starter : appName === "app-b" ? lesson.solution : factApp === undefined ? undefined : withFile(lesson.solution, APP_FILE, factApp);
    if (code === undefined || !/^(app-[ab]|facts\/[\w-]+\.py)$/.test(appName)) {
      throw new LessonError(file, `${where}.app must be "app-a", "app-b" or an existing facts/<name>.py, not ${JSON.stringify(appName)}`);
    }
    const parsed = parseCheck({ id: `fact-${index + 1}`, title: quoted, ...check }, file, where, headingIds(lesson.markdown));
    return { file, claim: quoted, app: appName, code, check: parsed };
  });
}
