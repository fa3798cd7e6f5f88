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

/** The ids of every heading in `markdown`. */
export function headingIds(markdown: string): Set<string> {
  const ids = new Set<string>();
  for (const token of Lexer.lex(markdown)) {
    if (token.type === "heading") ids.add(headingId(token.text));
  }
  return ids;
}

/** Where a lesson's heading lives in the page: ids are prefixed so they cannot clash with the app's own. */
export function headingDomId(lessonId: string, anchor: string): string {
  return `lesson-${lessonId}-${anchor}`;
}
