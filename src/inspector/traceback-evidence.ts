/**
 * Find a leaked Python traceback or Werkzeug debugger page in a body.
 *
 * A body that merely talks about tracebacks (a blog post that quotes one, the
 * docs of the debugger) is not a leak: the traceback must have its real shape
 * (the header line followed by `File "…", line N` frames) and be what the
 * response is about — near its start, or most of its text.
 */
import { SHORT_TEXT_LIMIT, collapse, htmlText, quote } from "./response-text";

const TRACEBACK = /Traceback \(most recent call last\):[ \t]*\r?\n\s*File "[^"\n]+", line \d+/;
/** Lines that continue a traceback after its exception line: a chained exception. */
const CHAIN = /^(?:During handling of the above exception|The above exception was the direct cause|Traceback \(most recent call last\))/;
/** The debugger page's title ends with this; its stylesheet and scripts load from ?__debugger__=yes. */
const DEBUGGER_TITLE = /<title>([^<]*\/\/ Werkzeug Debugger)\s*<\/title>/i;
const DEBUGGER_LINK = /\b(?:href|src)="(\?__debugger__=yes[^"]*)"/i;

interface Traceback {
  /** The whole traceback, from its header line to its exception line. */
  block: string;
  /** The exception line ("ZeroDivisionError: division by zero"), or "" if the text stops before it. */
  last: string;
  /** Whether the traceback is what the text is about, rather than an example inside a longer text. */
  dominant: boolean;
}

/** The first real traceback in `text`, if any. */
function findTraceback(text: string): Traceback | null {
  const match = TRACEBACK.exec(text);
  if (!match) return null;
  const lines = text.slice(match.index).split("\n");
  let end = 1;
  let last = "";
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, "");
    if (!line.trim()) continue;
    if (CHAIN.test(line)) {
      [end, last] = [i + 1, ""];
    } else if (/^\s/.test(line) || line.startsWith('File "')) {
      if (last) break;
      end = i + 1;
    } else {
      if (last) break;
      [end, last] = [i + 1, line.trim()];
    }
  }
  const block = lines.slice(0, end).join("\n");
  const before = collapse(text.slice(0, match.index)).length;
  const dominant = before <= SHORT_TEXT_LIMIT || collapse(block).length * 2 >= collapse(text).length;
  return { block, last, dominant };
}

function describeTraceback({ last }: Traceback, where: string): string {
  return `${where} “Traceback (most recent call last):”${last ? ` ending in ${quote(last)}` : ""}`;
}

/** String values of a parsed JSON body with the key that holds each, a few levels deep. */
function* strings(value: unknown, key: string, depth = 0): Generator<[string, string]> {
  if (typeof value === "string") yield [key, value];
  else if (typeof value === "object" && value !== null && depth < 4) {
    for (const [name, inner] of Object.entries(value)) yield* strings(inner, Array.isArray(value) ? key : name, depth + 1);
  }
}

/**
 * What in the body is a leaked traceback or debugger page, or null.
 * `json` is the parsed body when it is JSON (the traceback then sits in a string value).
 */
export function tracebackEvidence(text: string, html: boolean, json: unknown): string | null {
  if (html) {
    const title = DEBUGGER_TITLE.exec(text);
    if (title) return `the Werkzeug debugger page, titled ${quote(title[1])}`;
    const link = DEBUGGER_LINK.exec(text);
    if (link) return `a link into the Werkzeug debugger, ${quote(link[1])}`;
  }
  if (typeof json === "object" && json !== null) {
    for (const [key, value] of strings(json, "")) {
      const found = findTraceback(value);
      if (found?.dominant) return describeTraceback(found, key ? `JSON field ${quote(key)} holds` : "a JSON string holds");
    }
    return null;
  }
  const found = findTraceback(html ? htmlText(text) : text);
  return found?.dominant ? describeTraceback(found, "body shows") : null;
}
