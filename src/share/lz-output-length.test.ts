import fc from "fast-check";
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from "lz-string";
import { describe, expect, it } from "vitest";
import { CORRUPT_MESSAGE, decodeShareFragment } from "./link-format";
import { UNREADABLE, lzOutputLength } from "./lz-output-length";

const URI_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$";

/**
 * A hostile payload: one literal "a", then `codes` codes that each repeat the
 * previous entry plus one character, so the output is ~codes²/2 characters long.
 */
function lzBomb(codes: number): string {
  const bits: number[] = [];
  const put = (value: number, count: number) => {
    for (let i = 0; i < count; i++) bits.push((value >> i) & 1);
  };
  let enlargeIn = 4;
  let dictSize = 4;
  let numBits = 3;
  put(0, 2);
  put(97, 8);
  for (let i = 0; i < codes; i++) {
    put(dictSize, numBits);
    dictSize++;
    enlargeIn--;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
  put(2, numBits);
  while (bits.length % 6 !== 0) bits.push(0);
  let out = "";
  for (let i = 0; i < bits.length; i += 6) out += URI_SAFE[bits.slice(i, i + 6).reduce((value, bit) => value * 2 + bit, 0)];
  return `${out}A`;
}

/** What lz-string itself gives, as a length (UNREADABLE for null, "" or a throw). */
function lzStringLength(payload: string): number {
  try {
    const out = decompressFromEncodedURIComponent(payload);
    return out ? out.length : UNREADABLE;
  } catch {
    return UNREADABLE;
  }
}

const utf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)), maxLength: 300 });
const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 2000 }),
  fc.string({ unit: "binary-ascii", maxLength: 2000 }),
  utf16,
  fc.string({ unit: fc.constantFrom("a", "b", "{", '"'), maxLength: 5000 }),
);

describe("lzOutputLength", () => {
  it("gives the exact length of anything lz-string compressed", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const expected = text === "" ? UNREADABLE : text.length;
        expect(lzOutputLength(compressToEncodedURIComponent(text), Infinity)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it("agrees with lz-string on damaged payloads: cut, changed, random", () => {
    const payloads = fc.oneof(
      fc.string({ unit: fc.constantFrom(...URI_SAFE), maxLength: 200 }),
      fc.string({ unit: "binary", maxLength: 50 }),
      fc
        .tuple(fc.string({ unit: "binary", minLength: 1, maxLength: 300 }), fc.nat(), fc.nat(), fc.constantFrom(...URI_SAFE, " ", "%", "é"))
        .map(([text, cut, at, char]) => {
          const payload = compressToEncodedURIComponent(text);
          const chars = [...payload.slice(0, 1 + (cut % payload.length))];
          chars[at % chars.length] = char;
          return chars.join("");
        }),
    );
    fc.assert(
      fc.property(payloads, (payload) => {
        const measured = lzOutputLength(payload, Infinity);
        const actual = lzStringLength(payload);
        // Payloads whose first two bits are 3 make lz-string read garbage; they are refused here, never real.
        if (measured !== UNREADABLE || actual === UNREADABLE) expect(measured).toBe(actual);
      }),
      { numRuns: 2000 },
    );
  });

  it("treats spaces as + like lz-string does", () => {
    const payload = compressToEncodedURIComponent("x".repeat(40) + JSON.stringify({ a: [1, 2, 3], b: "ü" }).repeat(30));
    const spaced = payload.replaceAll("+", " ");
    expect(lzOutputLength(spaced, Infinity)).toBe(lzStringLength(spaced));
  });

  it("stops as soon as the output passes the limit", () => {
    const bomb = lzBomb(2000);
    expect(lzStringLength(bomb)).toBe(lzOutputLength(bomb, Infinity));
    expect(lzOutputLength(bomb, Infinity)).toBe(1 + (2000 * 2003) / 2);
    expect(lzOutputLength(bomb, 1000)).toBe(1001);
    // ~1.8 billion characters if expanded; measured in well under a second, without building it.
    const big = lzBomb(60_000);
    const started = performance.now();
    expect(lzOutputLength(big, 2_000_000)).toBe(2_000_001);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("lets the share decoder refuse a link that would expand to gigabytes, without expanding it", () => {
    const started = performance.now();
    expect(decodeShareFragment(`#share=1.${lzBomb(60_000)}`)).toStrictEqual({ kind: "error", reason: "corrupt", message: CORRUPT_MESSAGE });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it.each(["", "A", "$$$$", "é"])("says %j is unreadable", (payload) => {
    expect(lzOutputLength(payload, Infinity)).toBe(UNREADABLE);
    expect(lzStringLength(payload)).toBe(UNREADABLE);
  });
});
