/**
 * Indent HTML or XML for reading: one tag per line, children indented. It only
 * re-flows whitespace between tags; text and attributes are kept as sent.
 */

const VOID_ELEMENTS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
/** Elements whose content is kept verbatim. */
const RAW_TEXT = new Set(["script", "style", "pre", "textarea"]);

export function formatMarkup(source: string, indent = "  "): string {
  const tokens = source.match(/<!--[\s\S]*?-->|<[^>]+>|[^<]+/g) ?? [];
  const lines: string[] = [];
  let depth = 0;
  let raw: string | null = null;
  let rawBuffer = "";
  for (const token of tokens) {
    if (raw !== null) {
      if (!token.toLowerCase().startsWith(`</${raw}`)) {
        rawBuffer += token;
        continue;
      }
      if (rawBuffer.trim()) lines.push(indent.repeat(depth) + rawBuffer.trim());
      depth = Math.max(0, depth - 1);
      lines.push(indent.repeat(depth) + token);
      raw = null;
      rawBuffer = "";
      continue;
    }
    if (!token.startsWith("<")) {
      const text = token.trim();
      if (text) lines.push(indent.repeat(depth) + text);
      continue;
    }
    const name = /^<\/?\s*([a-zA-Z][\w:-]*)/.exec(token)?.[1]?.toLowerCase();
    if (token.startsWith("</")) {
      depth = Math.max(0, depth - 1);
      lines.push(indent.repeat(depth) + token);
    } else if (token.startsWith("<!") || token.startsWith("<?") || token.endsWith("/>") || (name && VOID_ELEMENTS.has(name))) {
      lines.push(indent.repeat(depth) + token);
    } else {
      lines.push(indent.repeat(depth) + token);
      depth++;
      if (name && RAW_TEXT.has(name)) raw = name;
    }
  }
  return lines.join("\n");
}
