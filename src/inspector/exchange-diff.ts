/**
 * Compare two recorded responses: their headers row by row and their bodies
 * line by line (with the `diff` package), JSON pretty-printed first so a
 * changed value is one changed line, not the whole compact body.
 */
import { diffLines } from "diff";
import type { Header } from "../runtime/protocol";
import { decodeText, hexDump, prettyJson } from "./body-text";

/** One header row of a comparison; `left`/`right` is null where that side has no such row. */
export interface HeaderDiffRow {
  /** The name as the left side spells it (the right side's spelling for added rows). */
  name: string;
  left: string | null;
  right: string | null;
  change: "same" | "changed" | "added" | "removed";
}

/** One run of body lines: in both bodies, only in the right one (added) or only in the left one (removed). */
export interface BodyDiffPart {
  kind: "same" | "added" | "removed";
  /** The lines, with their line ends. */
  text: string;
}

/** Key a header by its lower-cased name and how many headers of that name came before it. */
function keyed(headers: Header[]): { key: string; name: string; value: string }[] {
  const seen = new Map<string, number>();
  return headers.map(([name, value]) => {
    const lower = name.toLowerCase();
    const index = seen.get(lower) ?? 0;
    seen.set(lower, index + 1);
    return { key: `${lower}\n${index}`, name, value };
  });
}

/**
 * Header rows of two responses side by side. Headers match by name (any case)
 * and occurrence: the second Set-Cookie on the left meets the second on the
 * right. Rows follow the left order, then the rows only the right side has, in
 * its order. Values compare exactly.
 */
export function diffHeaders(left: Header[], right: Header[]): HeaderDiffRow[] {
  const rightRows = keyed(right);
  const rightByKey = new Map(rightRows.map((row) => [row.key, row]));
  const rows: HeaderDiffRow[] = keyed(left).map(({ key, name, value }) => {
    const match = rightByKey.get(key);
    if (!match) return { name, left: value, right: null, change: "removed" };
    rightByKey.delete(key);
    return { name, left: value, right: match.value, change: match.value === value ? "same" : "changed" };
  });
  for (const row of rightRows) {
    if (rightByKey.has(row.key)) rows.push({ name: row.name, left: null, right: row.value, change: "added" });
  }
  return rows;
}

/**
 * Line-by-line difference of two bodies as runs of same, removed and added
 * lines, in reading order (removed before added where a run changed). Two
 * empty bodies give no parts.
 */
export function diffBodies(left: string, right: string): BodyDiffPart[] {
  return diffLines(left, right).map((change) => ({
    kind: change.added ? "added" : change.removed ? "removed" : "same",
    text: change.value,
  }));
}

/** A body as the comparison reads it: JSON pretty-printed (`pretty`), other text as it is, binary as a hex dump. */
export function bodyForDiff(body: Uint8Array): { text: string; pretty: boolean } {
  const text = decodeText(body);
  if (text === null) return { text: hexDump(body), pretty: false };
  const pretty = /^\s*[[{]/.test(text) ? prettyJson(text) : null;
  return pretty === null ? { text, pretty: false } : { text: `${pretty}\n`, pretty: true };
}
