/**
 * The course's own pages are content too: lessons/course/done.md is the final
 * page ("What you can now do"), frontmatter (title, capstone: the lesson whose
 * app the page shares) and Markdown. Checked like a lesson: a link to a lesson
 * that doesn't exist, or a lesson the page never names, is an error.
 */
import { parse as parseYaml } from "yaml";
import type { LessonMeta } from "./types";

export interface CourseText {
  title: string;
  /** The id of the lesson whose app the page offers to share. */
  capstone: string;
  markdown: string;
}

const FRONTMATTER = /^---\r?\n(?<yaml>[\s\S]*?)\r?\n---\r?\n(?<body>[\s\S]*)$/;
const LESSON_LINK = /\(#lesson=([^)\s]*)\)/g;

/** Parse and check a course page; throws an Error naming `file` and what is wrong. */
export function parseCourseText(text: string, lessons: readonly Pick<LessonMeta, "id">[], file: string): CourseText {
  const fail = (message: string): never => {
    throw new Error(`${file}: ${message}`);
  };
  const parts = FRONTMATTER.exec(text)?.groups ?? fail("must start with YAML frontmatter between --- lines");
  const front: unknown = parseYaml(parts.yaml!);
  const { title, capstone, ...rest } = (typeof front === "object" && front !== null ? front : {}) as Record<string, unknown>;
  if (Object.keys(rest).length > 0) fail(`frontmatter has unknown key(s) ${Object.keys(rest).join(", ")}`);
  if (typeof title !== "string" || !title.trim()) fail("frontmatter title must be a non-empty string");
  const ids = new Set(lessons.map((lesson) => lesson.id));
  if (typeof capstone !== "string" || !ids.has(capstone)) fail(`frontmatter capstone must be a lesson id, not ${JSON.stringify(capstone)}`);
  const linked = new Set([...parts.body!.matchAll(LESSON_LINK)].map((match) => match[1]!));
  const unknown = [...linked].filter((id) => !ids.has(id));
  if (unknown.length) fail(`links to lessons that don't exist: ${unknown.join(", ")}`);
  const missing = [...ids].filter((id) => !linked.has(id));
  if (missing.length) fail(`never links these lessons (each skill links the lessons that teach it): ${missing.join(", ")}`);
  return { title: title as string, capstone: capstone as string, markdown: parts.body!.trim() };
}
