/**
 * A lesson's Markdown as HTML, its headings given the ids checks link to
 * (anchors.ts), so "explainedBy" can scroll to the part that explains a check,
 * and its code blocks focusable so they can be scrolled from the keyboard.
 */
import { Marked, type Tokens } from "marked";
import { headingDomId, headingId } from "../anchors";

export function lessonHtml(lessonId: string, markdown: string): string {
  const marked = new Marked({
    renderer: {
      heading(this: { parser: { parseInline(tokens: Tokens.Heading["tokens"]): string } }, token: Tokens.Heading) {
        const id = headingDomId(lessonId, headingId(token.text));
        return `<h${token.depth} id="${id}" tabindex="-1">${this.parser.parseInline(token.tokens)}</h${token.depth}>\n`;
      },
    },
  });
  // Lesson content is part of this repository, not user input. A code block
  // that scrolls sideways must be reachable by keyboard to be scrolled (axe:
  // scrollable-region-focusable), so each is a tab stop.
  return marked.parse(markdown, { async: false }).replaceAll("<pre>", '<pre tabindex="0">');
}
