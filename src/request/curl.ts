/**
 * Turn a request into a curl command a learner can paste into a POSIX shell
 * (bash, zsh, dash) to send the same request to `flask run`.
 *
 * Every argument is single-quoted, so nothing in a URL, header or body is
 * expanded by the shell; a single quote inside is written as '\''. Newlines
 * and any Unicode go through unchanged inside the quotes.
 */
import type { Header } from "../runtime/protocol";

/** The parts of a request a curl command reproduces. */
export interface CurlRequest {
  method: string;
  url: string;
  headers: Header[];
  /** The body as text; null (or "") for none. */
  body: string | null;
}

/** Quote one argument for a POSIX shell: 'it'\''s' for it's. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** HTTP method tokens need no quotes; anything else is quoted to be safe. */
function quoteMethod(method: string): string {
  return /^[A-Za-z0-9_-]+$/.test(method) ? method : shellQuote(method);
}

/**
 * A copy-pasteable curl command, one option per line joined with " \" line
 * continuations. `-X` appears only when curl would not pick the method by
 * itself: GET without a body and POST with a body need none, HEAD without a
 * body is `--head`. Headers keep their order; an empty value is written as
 * `-H 'Name;'` because `-H 'Name:'` would make curl drop the header. The body
 * goes in `--data-raw`, which (unlike `-d`) sends a leading "@" as-is.
 */
export function toCurl({ method, url, headers, body }: CurlRequest): string {
  const upper = method.toUpperCase();
  const hasBody = body !== null && body !== "";
  const first = ["curl"];
  if (upper === "HEAD" && !hasBody) first.push("--head");
  else if (!(upper === "GET" && !hasBody) && !(upper === "POST" && hasBody)) first.push("-X", quoteMethod(method));
  first.push(shellQuote(url));

  const lines = [first.join(" ")];
  for (const [name, value] of headers) {
    lines.push(`-H ${shellQuote(value === "" ? `${name};` : `${name}: ${value}`)}`);
  }
  if (hasBody) lines.push(`--data-raw ${shellQuote(body)}`);
  return lines.join(" \\\n  ");
}
