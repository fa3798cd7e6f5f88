import { describe, expect, it } from "vitest";
import { PITFALL_CORPUS, type CorpusEntry } from "./pitfall-corpus";
import { PITFALL_IDS, findPitfalls, type PitfallInput } from "./pitfalls";

const bytesOf = (entry: CorpusEntry) => (typeof entry.body === "string" ? new TextEncoder().encode(entry.body) : new Uint8Array(entry.body));
const inputOf = (entry: CorpusEntry): PitfallInput => ({
  status: entry.status,
  headers: entry.headers,
  body: bytesOf(entry),
  method: entry.method,
});
const sorted = (ids: readonly string[]) => [...ids].sort();
const squeeze = (text: string) => text.replace(/\s+/g, "");

/** Every form of the response a quote may come from: status, header lines, body raw, as page text, as JSON. */
function haystacks(entry: CorpusEntry): string[] {
  const found = [String(entry.status), ...entry.headers.map(([name, value]) => `${name}: ${value}`)];
  if (typeof entry.body !== "string") return found.map(squeeze);
  const body = entry.body;
  const decoded = body
    .replace(/<[^>]*>/g, "")
    .replace(/&(?:#34|quot);/g, '"')
    .replace(/&(?:#39|#x27|apos);/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
  found.push(body, decoded);
  try {
    const strings: string[] = [];
    JSON.stringify(JSON.parse(body), (_key, value: unknown) => (typeof value === "string" && strings.push(value), value));
    found.push(...strings);
  } catch {
    // not JSON: the raw and page forms are enough
  }
  return found.map(squeeze);
}

/** The “curly-quoted” parts of an evidence string, without a trailing ellipsis. */
const quotesIn = (evidence: string) => [...evidence.matchAll(/“([^”]*)”/g)].map((match) => match[1].replace(/…$/, ""));

describe("the pitfall corpus", () => {
  it("is well-formed: unique names, known ids, Content-Length matching the body", () => {
    const names = PITFALL_CORPUS.map((entry) => entry.name);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
    expect(PITFALL_CORPUS.length).toBeGreaterThanOrEqual(80);
    const problems: string[] = [];
    for (const entry of PITFALL_CORPUS) {
      if (entry.expect.some((id) => !PITFALL_IDS.includes(id))) problems.push(`${entry.name}: unknown id`);
      const length = entry.headers.find(([name]) => name.toLowerCase() === "content-length")?.[1];
      const headOnly = entry.method === "HEAD" || entry.expect.includes("body-on-no-content");
      if (length !== undefined && !headOnly && Number(length) !== bytesOf(entry).byteLength) {
        problems.push(`${entry.name}: Content-Length ${length}, body ${bytesOf(entry).byteLength} bytes`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("holds correct responses and every kind of pitfall", () => {
    expect(PITFALL_CORPUS.filter((entry) => entry.expect.length === 0).length).toBeGreaterThanOrEqual(40);
    for (const id of PITFALL_IDS) {
      expect(PITFALL_CORPUS.filter((entry) => entry.expect.includes(id)).length, id).toBeGreaterThanOrEqual(3);
    }
  });

  it("gets exactly the labelled pitfalls from findPitfalls: no false alarm, nothing missed", () => {
    const mismatches = PITFALL_CORPUS.flatMap((entry) => {
      const got = sorted(findPitfalls(inputOf(entry)).map((pitfall) => pitfall.id));
      const want = sorted(entry.expect);
      if (got.join() === want.join()) return [];
      const extra = got.filter((id) => !want.includes(id));
      const missed = want.filter((id) => !got.includes(id));
      return [
        `${entry.name} (${entry.status}): ${extra.length ? `false alarm ${extra.join(", ")}` : ""}${extra.length && missed.length ? "; " : ""}${missed.length ? `missed ${missed.join(", ")}` : ""}`,
      ];
    });
    expect(mismatches, `${mismatches.length} of ${PITFALL_CORPUS.length} responses mismatched:\n${mismatches.join("\n")}`).toEqual([]);
  });

  it("quotes, in every warning, the part of the response that triggered it", () => {
    const problems = PITFALL_CORPUS.flatMap((entry) =>
      findPitfalls(inputOf(entry)).flatMap((pitfall) => {
        const quotes = quotesIn(pitfall.evidence);
        const hay = haystacks(entry);
        if (!pitfall.evidence.trim() || !quotes.length) return [`${entry.name} / ${pitfall.id}: no quote in "${pitfall.evidence}"`];
        const unfound = quotes.filter((text) => !hay.some((form) => form.includes(squeeze(text))));
        return unfound.map((text) => `${entry.name} / ${pitfall.id}: “${text}” is not in the response`);
      }),
    );
    expect(problems, problems.join("\n")).toEqual([]);
  });
});
