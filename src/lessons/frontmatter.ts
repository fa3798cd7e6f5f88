/**
 * A lesson's README.md: YAML frontmatter (id, title, order, summary) checked
 * against the folder's name, then the lesson text. Read in two places: at
 * build time for the page's lesson catalog (scripts/lib/lesson-modules.ts),
 * so no YAML parser ships with the first paint, and by the loader when a
 * lesson's content is loaded. Errors name the file at fault.
 */
import { parse as parseYaml } from "yaml";
import type { LessonMeta } from "./types";

export class LessonError extends Error {
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = "LessonError";
  }
}

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json => value !== null && typeof value === "object" && !Array.isArray(value);

export function keysOnly(value: Json, allowed: readonly string[], file: string, where: string): void {
  const unknown = Object.keys(value).filter((key) => !allowed.includes(key));
  if (unknown.length) {
    throw new LessonError(file, `${where} has unknown key(s) ${unknown.map((k) => JSON.stringify(k)).join(", ")}`);
  }
}

export function nonEmptyString(value: unknown, file: string, where: string): string {
  if (typeof value !== "string" || value.trim() === "") throw new LessonError(file, `${where} must be a non-empty string`);
  return value;
}

/** A lesson folder's name: "NN-slug", two digits and lowercase words joined with -. */
export const LESSON_FOLDER = /^(\d\d)-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** README.md's frontmatter and text; the frontmatter is what the catalog keeps of it. */
export interface Readme {
  front: Omit<LessonMeta, "slug" | "starter">;
  markdown: string;
}

/**
 * Parse lessons/`folder`/README.md: its frontmatter must be exactly id, title,
 * order and summary, with the id the folder's name without its prefix and the
 * order its prefix, and some lesson text must follow.
 */
export function parseReadme(folder: string, text: string): Readme {
  const file = `lessons/${folder}/README.md`;
  const name = LESSON_FOLDER.exec(folder);
  if (!name) throw new LessonError(`lessons/${folder}`, 'lesson folders are named "NN-slug" (two digits, lowercase words with -)');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new LessonError(file, "must start with YAML frontmatter between --- lines");
  let data: unknown;
  try {
    data = parseYaml(match[1]!);
  } catch (error) {
    throw new LessonError(file, `bad frontmatter: ${(error as Error).message}`);
  }
  if (!isObject(data)) throw new LessonError(file, "bad frontmatter: must be a YAML mapping");
  keysOnly(data, ["id", "title", "order", "summary"], file, "frontmatter");
  const id = nonEmptyString(data.id, file, "frontmatter id");
  const title = nonEmptyString(data.title, file, "frontmatter title");
  const summary = nonEmptyString(data.summary, file, "frontmatter summary");
  if (typeof data.order !== "number" || !Number.isInteger(data.order)) {
    throw new LessonError(file, "frontmatter order must be an integer");
  }
  const markdown = match[2]!.trim();
  if (!markdown) throw new LessonError(file, "has no lesson text after the frontmatter");
  if (data.order !== Number(name[1])) {
    throw new LessonError(file, `order ${data.order} does not match the folder prefix ${name[1]}`);
  }
  if (id !== name[2]) throw new LessonError(file, `id "${id}" does not match the folder name (expected "${name[2]}")`);
  return { front: { id, title, order: data.order, summary }, markdown };
}
