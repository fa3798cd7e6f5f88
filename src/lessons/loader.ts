/**
 * Turn the files under lessons/ into Lesson objects, validating loudly: a
 * malformed lesson throws an Error naming the file, so a mistake in content
 * fails the build and the tests, never silently in the page.
 */
import { PITFALL_IDS } from "../inspector/pitfalls";
import { headingIds } from "./anchors";
import { isObject, keysOnly, LESSON_FOLDER, LessonError, nonEmptyString, parseReadme, type Json } from "./frontmatter";
import type {
  Check,
  CheckStep,
  CookieAttributes,
  Expectation,
  JsonShape,
  Lesson,
  LessonRequest,
  Question,
  SuggestedRequest,
} from "./types";

export { isObject, LessonError, nonEmptyString } from "./frontmatter";

const FOLDER = /^lessons\/([^/]+)\/(.+)$/;
const FILES = { readme: "README.md", starter: "app-a/app.py", solution: "app-b/app.py", lesson: "lesson.json" } as const;

function checkRegex(pattern: unknown, file: string, where: string): void {
  if (typeof pattern !== "string") throw new LessonError(file, `${where} must be a regex string`);
  try {
    new RegExp(pattern);
  } catch (error) {
    throw new LessonError(file, `${where} is an invalid regex /${pattern}/: ${(error as Error).message}`);
  }
}

// ---- lesson.json --------------------------------------------------------------

function parseRequest(value: unknown, file: string, where: string, needsLabel: boolean): LessonRequest {
  if (!isObject(value)) throw new LessonError(file, `${where} must be an object`);
  keysOnly(value, ["label", "method", "path", "headers", "body"], file, where);
  const request: LessonRequest = {
    method: nonEmptyString(value.method, file, `${where}.method`).toUpperCase(),
    path: nonEmptyString(value.path, file, `${where}.path`),
  };
  if (!request.path.startsWith("/") && !request.path.startsWith("{location}")) {
    throw new LessonError(file, `${where}.path must start with "/" (or {location} in a later step)`);
  }
  if (needsLabel || value.label !== undefined) request.label = nonEmptyString(value.label, file, `${where}.label`);
  if (value.headers !== undefined) {
    if (
      !Array.isArray(value.headers) ||
      !value.headers.every(
        (h) => Array.isArray(h) && h.length === 2 && typeof h[0] === "string" && h[0] !== "" && typeof h[1] === "string",
      )
    ) {
      throw new LessonError(file, `${where}.headers must be a list of [name, value] string pairs`);
    }
    request.headers = (value.headers as [string, string][]).map(([n, v]) => [n, v]);
  }
  if (value.body !== undefined) {
    if (typeof value.body !== "string") throw new LessonError(file, `${where}.body must be a string`);
    request.body = value.body;
  }
  return request;
}

const COOKIE_ATTRIBUTES = ["HttpOnly", "Secure", "SameSite", "Path", "Max-Age"] as const;

const LOG_LEVELS = ["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"];
const JSON_TYPES = ["string", "number", "integer", "boolean", "null", "array", "object", "any"];

function checkShape(shape: unknown, where: string): string | null {
  if (typeof shape === "string") return JSON_TYPES.includes(shape) ? null : `${where} is "${shape}", not one of ${JSON_TYPES.join(", ")}`;
  if (Array.isArray(shape)) return shape.length === 1 ? checkShape(shape[0], `${where}[0]`) : `${where} must be a list of one shape`;
  if (!isObject(shape)) return `${where} must be a type name, a list of one shape or an object of shapes`;
  for (const [key, value] of Object.entries(shape)) {
    const problem = checkShape(value, `${where}.${key}`);
    if (problem) return problem;
  }
  return null;
}

/** An expectation with its optional `why`. */
function parseExpectation(value: unknown, file: string, where: string): Expectation {
  if (!isObject(value)) throw new LessonError(file, `${where} must be an object`);
  const { why, ...kind } = value;
  const expectation = parseKind(kind, file, where);
  if (why === undefined) return expectation;
  return { ...expectation, why: nonEmptyString(why, file, `${where}.why`) };
}

/** The one shape an expectation must have; anything else is an error naming it. */
function parseKind(value: Json, file: string, where: string): Expectation {
  const keys = Object.keys(value).sort().join(",");
  const fail = (why = "") =>
    new LessonError(file, `${where} has an unknown expectation shape ${JSON.stringify(value)}${why ? `: ${why}` : ""}`);
  const str = (key: string) => {
    if (typeof value[key] !== "string") throw fail(`${key} must be a string`);
  };
  switch (keys) {
    case "status":
      if (typeof value.status !== "number" || !Number.isInteger(value.status) || value.status < 100 || value.status > 999) {
        throw fail("status must be an integer HTTP status");
      }
      return { status: value.status };
    case "header,present":
    case "absent,header":
      str("header");
      if (value.present !== true && value.absent !== true) throw fail("present/absent must be true");
      return value as Expectation;
    case "equals,header":
    case "contains,header":
      str("header");
      str(keys.startsWith("equals") ? "equals" : "contains");
      return value as Expectation;
    case "count,header":
      str("header");
      if (typeof value.count !== "number" || !Number.isInteger(value.count) || value.count < 0) {
        throw fail("count must be a whole number");
      }
      return value as Expectation;
    case "headerNames":
      if (!Array.isArray(value.headerNames) || !value.headerNames.every((h) => typeof h === "string" && h)) {
        throw fail("headerNames must list header names");
      }
      return value as Expectation;
    case "statusLine":
      if (typeof value.statusLine !== "string" || !/^\d{3} \S/.test(value.statusLine)) throw fail('statusLine must look like "201 CREATED"');
      return value as Expectation;
    case "logged":
    case "notLogged": {
      const spec = value[keys];
      if (!isObject(spec)) throw fail(`${keys} must be an object`);
      keysOnly(spec, keys === "logged" ? ["level", "contains"] : ["level"], file, `${where}.${keys}`);
      if ((keys === "notLogged" || spec.level !== undefined) && !LOG_LEVELS.includes(spec.level as string)) {
        throw fail(`level must be one of ${LOG_LEVELS.join(", ")}`);
      }
      if (spec.contains !== undefined && (typeof spec.contains !== "string" || !spec.contains)) throw fail("contains must be a string");
      return value as Expectation;
    }
    case "jsonShape":
    case "jsonShape,onlyKeys": {
      const problem = checkShape(value.jsonShape, "jsonShape");
      if (problem) throw fail(problem);
      if (value.onlyKeys !== undefined && value.onlyKeys !== true) throw fail("onlyKeys must be true");
      return { jsonShape: value.jsonShape as JsonShape, ...(value.onlyKeys ? { onlyKeys: true } : {}) };
    }
    case "noPitfall":
      if (!(PITFALL_IDS as readonly unknown[]).includes(value.noPitfall)) {
        throw fail(`noPitfall must be one of ${PITFALL_IDS.join(", ")}`);
      }
      return value as Expectation;
    case "header,matches":
      str("header");
      checkRegex(value.matches, file, `${where}.matches`);
      return value as Expectation;
    case "jsonSubset":
      if (value.jsonSubset === undefined) throw fail();
      return { jsonSubset: value.jsonSubset };
    case "bodyContains":
    case "bodyEquals":
    case "redirectTo":
    case "cookieDeleted":
      str(keys);
      if (keys === "redirectTo" && !(value.redirectTo as string).startsWith("/")) {
        throw fail("redirectTo must be a root-relative path");
      }
      return value as Expectation;
    case "bodyMatches":
      checkRegex(value.bodyMatches, file, `${where}.bodyMatches`);
      return value as Expectation;
    case "cookie":
    case "attributes,cookie": {
      str("cookie");
      if (value.attributes === undefined) return { cookie: value.cookie as string };
      const attributes = value.attributes;
      if (!isObject(attributes)) throw fail("attributes must be an object");
      keysOnly(attributes, COOKIE_ATTRIBUTES, file, `${where}.attributes`);
      if (attributes.HttpOnly !== undefined && attributes.HttpOnly !== true) throw fail("HttpOnly must be true");
      if (attributes.Secure !== undefined && attributes.Secure !== true) throw fail("Secure must be true");
      if (attributes.SameSite !== undefined && typeof attributes.SameSite !== "string") throw fail("SameSite must be a string");
      if (attributes.Path !== undefined && typeof attributes.Path !== "string") throw fail("Path must be a string");
      if (attributes["Max-Age"] !== undefined && typeof attributes["Max-Age"] !== "number") {
        throw fail("Max-Age must be a number");
      }
      return { cookie: value.cookie as string, attributes: attributes as CookieAttributes };
    }
    default:
      throw fail();
  }
}

function parseStep(value: Json, file: string, where: string): CheckStep {
  const request = parseRequest(value.request, file, `${where}.request`, false);
  if (!Array.isArray(value.expect) || value.expect.length === 0) {
    throw new LessonError(file, `${where}.expect must be a non-empty list`);
  }
  return { request, expect: value.expect.map((e, i) => parseExpectation(e, file, `${where}.expect[${i}]`)) };
}

/** A check: "request" and "expect" for one request, or "steps" for a sequence; "explainedBy" names a heading. */
export function parseCheck(value: unknown, file: string, where: string, anchors: Set<string>): Check {
  if (!isObject(value)) throw new LessonError(file, `${where} must be an object`);
  keysOnly(value, ["id", "title", "request", "expect", "steps", "explainedBy"], file, where);
  const id = nonEmptyString(value.id, file, `${where}.id`);
  const title = nonEmptyString(value.title, file, `${where}.title`);
  let steps: CheckStep[];
  if (value.steps !== undefined) {
    if (value.request !== undefined || value.expect !== undefined) {
      throw new LessonError(file, `${where} has "steps", so its requests and expectations go inside them`);
    }
    if (!Array.isArray(value.steps) || value.steps.length < 2) {
      throw new LessonError(file, `${where}.steps must list at least two steps (one request is "request" and "expect")`);
    }
    steps = value.steps.map((step, i) => {
      if (!isObject(step)) throw new LessonError(file, `${where}.steps[${i}] must be an object`);
      keysOnly(step, ["request", "expect"], file, `${where}.steps[${i}]`);
      return parseStep(step, file, `${where}.steps[${i}]`);
    });
  } else {
    steps = [parseStep(value, file, where)];
  }
  const check: Check = { id, title, steps };
  if (value.explainedBy !== undefined) {
    const anchor = nonEmptyString(value.explainedBy, file, `${where}.explainedBy`);
    if (!anchors.has(anchor)) {
      throw new LessonError(
        file,
        `${where}.explainedBy "${anchor}" is not a heading of the lesson text (headings: ${[...anchors].join(", ")})`,
      );
    }
    check.explainedBy = anchor;
  }
  return check;
}

function parseQuestion(value: unknown, file: string, where: string): Question {
  if (!isObject(value)) throw new LessonError(file, `${where} must be an object`);
  keysOnly(value, ["question", "choices", "answer", "explanation"], file, where);
  const question = nonEmptyString(value.question, file, `${where}.question`);
  if (!Array.isArray(value.choices) || value.choices.length < 2) {
    throw new LessonError(file, `${where}.choices must list at least two choices`);
  }
  const choices = value.choices.map((c, i) => nonEmptyString(c, file, `${where}.choices[${i}]`));
  const answer = value.answer;
  if (typeof answer !== "number" || !Number.isInteger(answer) || answer < 0 || answer >= choices.length) {
    throw new LessonError(
      file,
      `${where}.answer ${JSON.stringify(answer)} is out of range: must index choices (0..${choices.length - 1})`,
    );
  }
  const explanation = nonEmptyString(value.explanation, file, `${where}.explanation`);
  return { question, choices, answer, explanation };
}

function parseLessonJson(
  text: string,
  file: string,
  anchors: Set<string>,
): Pick<Lesson, "requests" | "hints" | "checks" | "questions"> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new LessonError(file, `invalid JSON: ${(error as Error).message}`);
  }
  if (!isObject(data)) throw new LessonError(file, "must be a JSON object");
  keysOnly(data, ["requests", "hints", "checks", "questions"], file, "lesson.json");
  for (const key of ["requests", "hints", "checks", "questions"]) {
    if (!Array.isArray(data[key])) throw new LessonError(file, `"${key}" must be a list`);
  }
  const requests = (data.requests as unknown[]).map(
    (r, i) => parseRequest(r, file, `requests[${i}]`, true) as SuggestedRequest,
  );
  const hints = (data.hints as unknown[]).map((h, i) => nonEmptyString(h, file, `hints[${i}]`));
  const checks = (data.checks as unknown[]).map((c, i) => parseCheck(c, file, `checks[${i}]`, anchors));
  if (checks.length === 0) throw new LessonError(file, "needs at least one check");
  const seen = new Set<string>();
  for (const check of checks) {
    if (seen.has(check.id)) throw new LessonError(file, `duplicate check id "${check.id}"`);
    seen.add(check.id);
  }
  const questions = (data.questions as unknown[]).map((q, i) => parseQuestion(q, file, `questions[${i}]`));
  return { requests, hints, checks, questions };
}

// ---- All lessons ----------------------------------------------------------------

/**
 * Build the lessons from `files`: repo-relative path ("lessons/01-strings/README.md")
 * -> text. Files outside lessons/NN-.../ (e.g. lessons/playground/) are ignored.
 * Returns the lessons sorted by order; throws an Error naming the file at fault.
 */
export function loadLessons(files: Record<string, string>): Lesson[] {
  const folders = new Map<string, Map<string, string>>();
  for (const [path, text] of Object.entries(files)) {
    const match = FOLDER.exec(path.replace(/\\/g, "/"));
    if (!match || !/^\d/.test(match[1]!)) continue;
    const [, folder, rest] = match as unknown as [string, string, string];
    if (!LESSON_FOLDER.test(folder)) {
      throw new LessonError(`lessons/${folder}`, 'lesson folders are named "NN-slug" (two digits, lowercase words with -)');
    }
    if (!folders.has(folder)) folders.set(folder, new Map());
    folders.get(folder)!.set(rest, text);
  }

  const lessons: Lesson[] = [];
  const byId = new Map<string, string>();
  const byOrder = new Map<number, string>();
  for (const [slug, folderFiles] of folders) {
    const path = (name: string) => `lessons/${slug}/${name}`;
    for (const name of Object.values(FILES)) {
      if (!folderFiles.has(name)) throw new LessonError(path(name), "missing file");
    }
    const readmePath = path(FILES.readme);
    const { front, markdown } = parseReadme(slug, folderFiles.get(FILES.readme)!);
    const sameId = byId.get(front.id);
    if (sameId) throw new LessonError(readmePath, `duplicate id "${front.id}" (also in ${sameId})`);
    byId.set(front.id, readmePath);
    const sameOrder = byOrder.get(front.order);
    if (sameOrder) throw new LessonError(readmePath, `duplicate order ${front.order} (also in ${sameOrder})`);
    byOrder.set(front.order, readmePath);

    const starter = folderFiles.get(FILES.starter)!;
    const solution = folderFiles.get(FILES.solution)!;
    if (!starter.trim()) throw new LessonError(path(FILES.starter), "is empty");
    if (!solution.trim()) throw new LessonError(path(FILES.solution), "is empty");
    const content = parseLessonJson(folderFiles.get(FILES.lesson)!, path(FILES.lesson), headingIds(markdown));
    lessons.push({ id: front.id, slug, order: front.order, title: front.title, summary: front.summary, markdown, starter, solution, ...content });
  }
  return lessons.sort((a, b) => a.order - b.order);
}
