import { describe, expect, it } from "vitest";
import type { LogEntry } from "../runtime/protocol";
import { appendLogLine, type LogLine } from "./log-lines";

const line = (message: string, extra: Partial<LogEntry> = {}): LogEntry => ({ source: "server", message, time: 0, ...extra });

function append(entries: LogEntry[], max = 100): LogLine[] {
  return entries.reduce<LogLine[]>((lines, entry, index) => appendLogLine(lines, entry, index, max), []);
}

describe("log lines", () => {
  it("counts a line repeated in a row on one line, with the latest time", () => {
    const lines = append([line("crashed", { time: 1 }), line("crashed", { time: 2 }), line("crashed", { time: 3 })]);
    expect(lines).toEqual([{ source: "server", message: "crashed", time: 3, id: 0, repeat: 3 }]);
  });

  it("keeps lines that differ in message, source, level, logger or traceback apart", () => {
    const lines = append([
      line("a"),
      line("b"),
      line("b", { source: "stdout" }),
      line("b", { source: "logging", level: "INFO", logger: "app" }),
      line("b", { source: "logging", level: "ERROR", logger: "app" }),
      line("b", { source: "logging", level: "ERROR", logger: "werkzeug" }),
      line("b", { source: "logging", level: "ERROR", logger: "werkzeug", error: { type: "E", message: "", frames: [], text: "tb" } }),
    ]);
    expect(lines.map((l) => l.repeat ?? 1)).toEqual([1, 1, 1, 1, 1, 1, 1]);
  });

  it("counts only runs: a line seen again after another one is a new line", () => {
    expect(append([line("a"), line("b"), line("a")]).map((l) => l.message)).toEqual(["a", "b", "a"]);
  });

  it("keeps the newest lines up to the limit", () => {
    expect(append([line("1"), line("2"), line("3")], 2).map((l) => l.message)).toEqual(["2", "3"]);
  });
});
