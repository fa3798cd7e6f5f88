/**
 * The progress file: a learner's lesson progress and code, exported as JSON
 * and imported back (in another browser, after clearing storage). Pure: bytes
 * in, a validated file or a message out. The format is versioned and strict;
 * see docs/decisions/010-progress-file.md.
 *
 *     {
 *       "format": "flask-playground-progress",
 *       "version": 1,
 *       "exportedAt": "2025-05-01T12:00:00.000Z",
 *       "lessonProgress": { "strings": { "completed": true, "hintsShown": 1, "answers": { "0": 2 },
 *                                        "checks": { "passed": 3, "total": 3 } } },
 *       "workspaces": { "playground": { "code": "...", "savedAt": 1746100000000 },
 *                       "lesson:strings": { "code": "...", "savedAt": null } }
 *     }
 */
import type { LessonProgress } from "./initial-state";

export const PROGRESS_FORMAT = "flask-playground-progress";
/** The version this playground writes, and the newest it reads. */
export const PROGRESS_VERSION = 1;
/** Far above 17 workspaces of 200,000 characters; a bigger file is not one of ours. */
export const MAX_PROGRESS_BYTES = 8_000_000;
/** The longest code a workspace may hold (the share limit is 200,000 characters). */
export const MAX_WORKSPACE_CODE = 1_000_000;

/** One workspace's code, and when it was saved (Date.now()), if known. */
export interface ProgressWorkspace {
  code: string;
  savedAt: number | null;
}

export interface ProgressFile {
  format: typeof PROGRESS_FORMAT;
  version: typeof PROGRESS_VERSION;
  /** When the file was written (ISO 8601). */
  exportedAt: string;
  /** Lesson id -> progress, as the store keeps it. */
  lessonProgress: Record<string, LessonProgress>;
  /** Workspace key ("playground", "lesson:<id>") -> its code. */
  workspaces: Record<string, ProgressWorkspace>;
}

export type ParsedProgressFile = { ok: true; file: ProgressFile } | { ok: false; message: string };

/** The same grammar as lesson deep links (share/read-initial-state.ts). */
const LESSON_ID = /^[a-z0-9-]{1,64}$/;
const WORKSPACE_KEY = /^(playground|lesson:[a-z0-9-]{1,64})$/;
const QUESTION_INDEX = /^(0|[1-9][0-9]{0,3})$/;
/** Hints and questions per lesson are a handful; this only bounds nonsense. */
const MAX_COUNT = 10_000;

class Invalid extends Error {}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

function object(value: unknown, where: string): Json {
  if (!isObject(value)) throw new Invalid(`${where} must be an object.`);
  return value;
}

function exactKeys(value: Json, required: readonly string[], optional: readonly string[], where: string): void {
  for (const key of required) if (!Object.hasOwn(value, key)) throw new Invalid(`${where} has no "${key}".`);
  for (const key of Object.keys(value)) {
    if (!required.includes(key) && !optional.includes(key)) throw new Invalid(`${where} has an unknown part ${JSON.stringify(key.slice(0, 40))}.`);
  }
}

function count(value: unknown, where: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > MAX_COUNT) {
    throw new Invalid(`${where} must be a whole number from 0 to ${MAX_COUNT}.`);
  }
  return value;
}

const quoted = (key: string) => JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key);

function lessonProgressOf(value: unknown, where: string): LessonProgress {
  const entry = object(value, where);
  exactKeys(entry, ["completed", "hintsShown", "answers"], ["checks"], where);
  if (typeof entry.completed !== "boolean") throw new Invalid(`${where}.completed must be true or false.`);
  const answers: Record<number, number> = {};
  for (const [question, choice] of Object.entries(object(entry.answers, `${where}.answers`))) {
    if (!QUESTION_INDEX.test(question)) throw new Invalid(`${where}.answers has ${quoted(question)}, which is not a question number.`);
    answers[Number(question)] = count(choice, `${where}.answers.${question}`);
  }
  const progress: LessonProgress = { completed: entry.completed, hintsShown: count(entry.hintsShown, `${where}.hintsShown`), answers };
  if (entry.checks !== undefined) {
    const checks = object(entry.checks, `${where}.checks`);
    exactKeys(checks, ["passed", "total"], [], `${where}.checks`);
    const passed = count(checks.passed, `${where}.checks.passed`);
    const total = count(checks.total, `${where}.checks.total`);
    if (passed > total) throw new Invalid(`${where}.checks says more checks passed than there are.`);
    progress.checks = { passed, total };
  }
  return progress;
}

function workspaceOf(value: unknown, where: string): ProgressWorkspace {
  const entry = object(value, where);
  exactKeys(entry, ["code", "savedAt"], [], where);
  if (typeof entry.code !== "string") throw new Invalid(`${where}.code must be text.`);
  if (entry.code.length > MAX_WORKSPACE_CODE)
    throw new Invalid(`${where}.code is longer than ${MAX_WORKSPACE_CODE.toLocaleString("en")} characters.`);
  const { savedAt } = entry;
  if (savedAt !== null && (typeof savedAt !== "number" || !Number.isSafeInteger(savedAt) || savedAt < 0)) {
    throw new Invalid(`${where}.savedAt must be a time in milliseconds or null.`);
  }
  return { code: entry.code, savedAt };
}

/** A parsed JSON value as a progress file, or Invalid with what is wrong. */
function validate(value: unknown): ProgressFile {
  if (!isObject(value) || value.format !== PROGRESS_FORMAT) {
    throw new Invalid('It is not a progress file of this playground (it has no "format": "flask-playground-progress").');
  }
  const { version } = value;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) throw new Invalid("Its version is not a format version.");
  if (version > PROGRESS_VERSION) {
    throw new Invalid(
      `It was made by a newer version of the playground (progress format ${version}; this page reads up to ${PROGRESS_VERSION}). Reload the page to get the newest playground, then import it again.`,
    );
  }
  exactKeys(value, ["format", "version", "exportedAt", "lessonProgress", "workspaces"], [], "The file");
  if (typeof value.exportedAt !== "string" || Number.isNaN(Date.parse(value.exportedAt))) throw new Invalid("exportedAt must be a date.");

  const lessonProgress: Record<string, LessonProgress> = {};
  for (const [id, entry] of Object.entries(object(value.lessonProgress, "lessonProgress"))) {
    if (!LESSON_ID.test(id)) throw new Invalid(`lessonProgress has ${quoted(id)}, which is not a lesson name.`);
    lessonProgress[id] = lessonProgressOf(entry, `lessonProgress.${id}`);
  }
  const workspaces: Record<string, ProgressWorkspace> = {};
  for (const [key, entry] of Object.entries(object(value.workspaces, "workspaces"))) {
    if (!WORKSPACE_KEY.test(key)) throw new Invalid(`workspaces has ${quoted(key)}; a workspace is "playground" or "lesson:<name>".`);
    workspaces[key] = workspaceOf(entry, `workspaces.${key}`);
  }
  return { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, exportedAt: value.exportedAt, lessonProgress, workspaces };
}

/**
 * Read a progress file's bytes. Never throws: the file, or a message saying
 * what is wrong with it (binary, not JSON, another format, a newer version,
 * a part that is not what version 1 allows).
 */
export function parseProgressFile(bytes: Uint8Array): ParsedProgressFile {
  if (bytes.length > MAX_PROGRESS_BYTES) {
    return {
      ok: false,
      message: `It is ${bytes.length.toLocaleString("en")} bytes; a progress file is at most ${MAX_PROGRESS_BYTES.toLocaleString("en")}.`,
    };
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, message: "It is not a text file (it holds binary data)." };
  }
  if (text.includes("\u0000")) return { ok: false, message: "It is not a text file (it holds binary data)." };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `It is not valid JSON (${(error as Error).message}).` };
  }
  try {
    return { ok: true, file: validate(json) };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, message: error.message };
    throw error;
  }
}

/** A progress file of this moment's state, ready for JSON.stringify. */
export function makeProgressFile(
  lessonProgress: Record<string, LessonProgress>,
  workspaces: Record<string, ProgressWorkspace>,
  now: Date,
): ProgressFile {
  return { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, exportedAt: now.toISOString(), lessonProgress, workspaces };
}
