/**
 * The text of a body as a reader sees it, and short quotes of it, for the
 * pitfall checks: they judge what a page says (not its markup) and quote the
 * part that made them speak up.
 */

/** Text longer than this (visible characters) is a page, not an error message. */
export const SHORT_TEXT_LIMIT = 300;

/** Quotes longer than this many characters are cut with an ellipsis. */
const QUOTE_LIMIT = 80;

/** Tags that do not start a new line of text when removed. */
const INLINE_TAGS = /^(a|abbr|b|bdi|bdo|cite|code|data|dfn|em|i|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var|label)$/i;
const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** Collapse runs of whitespace to one space and trim. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** `text` in curly quotes, whitespace collapsed, cut to a readable length. */
export function quote(text: string, limit = QUOTE_LIMIT): string {
  const flat = collapse(text);
  return `“${flat.length > limit ? `${flat.slice(0, limit)}…` : flat}”`;
}

/** Replace HTML character references (&quot; &#39; &#x27; …) with the characters. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1].toLowerCase() === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * The visible text of an HTML document with its line structure: scripts,
 * styles and comments dropped, block-level tags turned into line breaks
 * (so a heading is a line of its own), inline tags removed, entities decoded.
 * Whitespace inside lines is kept, so a traceback in a <pre> keeps its shape.
 */
export function htmlText(html: string): string {
  const text = html
    .replace(/<(script|style)\b[^]*?<\/\1\s*>/gi, "\n")
    .replace(/<!--[^]*?-->/g, "")
    .replace(/<\/?([a-z][\w-]*)\b[^>]*>|<![^>]*>/gi, (_tag, name?: string) => (name && INLINE_TAGS.test(name) ? "" : "\n"));
  return decodeEntities(text);
}

/** The text inside the first <tag>…</tag> of an HTML document, or "" if there is none. */
export function elementText(html: string, tag: string): string {
  const match = new RegExp(`<${tag}\\b[^>]*>([^]*?)</${tag}\\s*>`, "i").exec(html);
  return match ? collapse(decodeEntities(match[1].replace(/<[^>]*>/g, " "))) : "";
}

/** The first line of `text` that is not blank, whitespace collapsed. */
export function firstLine(text: string): string {
  return collapse(text.split("\n").find((line) => line.trim() !== "") ?? "");
}
