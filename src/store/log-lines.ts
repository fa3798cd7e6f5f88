/**
 * The logs panel's lines. A line identical to the one before it (same
 * source, level, logger, message and traceback) is not added again: the
 * previous one counts it, as browser consoles do, so a loop that logs the
 * same error a thousand times is one line "×1000", not a thousand.
 */
import type { LogEntry } from "../runtime/protocol";

export interface LogLine extends LogEntry {
  id: number;
  /** How many times this line was logged in a row (absent: once). */
  repeat?: number;
}

const sameLine = (a: LogEntry, b: LogEntry) =>
  a.source === b.source && a.level === b.level && a.logger === b.logger && a.message === b.message && a.error?.text === b.error?.text;

/** `lines` with `entry` added (or counted on the last line), keeping at most `max` lines. */
export function appendLogLine(lines: readonly LogLine[], entry: LogEntry, id: number, max: number): LogLine[] {
  const last = lines.at(-1);
  if (last && sameLine(last, entry)) return [...lines.slice(0, -1), { ...last, time: entry.time, repeat: (last.repeat ?? 1) + 1 }];
  return [...lines, { ...entry, id }].slice(-max);
}
