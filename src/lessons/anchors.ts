/**
 * Ids for the headings of a lesson text, so a check can name the part that
 * explains it ("explainedBy") and the page can link to it. The loader and the
 * renderer both use headingId, so a link never points at a heading the page
 * does not have.
 */
import { Lexer } from "marked";

/** GitHub-style: "## 2. A Content-Type that does not match!" -> "2-a-content-type-that-does-not-match". */
export function headingId(text: string): string {
  return text
    .toLowerCase()
    .replace(/<[^>]*>|[`*_~]/g, "")
    .replace(/[^\p{L}\p{N}\s-]/gu, "")
    .trim()
    .replace(/\s+/g, "-");
}

/** Every heading in `markdown`: id -> its text as written (Markdown removed). */
export function headings(markdown: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const token of Lexer.lex(markdown)) {
    if (token.type === "heading") found.set(headingId(token.text), token.text.replace(/[`*_]/g, ""));
  }
  return found;
}

/** The ids of every heading in `markdown`. */
export function headingIds(markdown: string): Set<string> {
  return new Set(headings(markdown).keys());
}

/** Where a lesson's heading lives in the page: ids are prefixed so they cannot clash with the app's own. */
export function headingDomId(lessonId: string, anchor: string): string {
  return `lesson-${lessonId}-${anchor}`;
}
