/**
 * How long lz-string's `decompressFromEncodedURIComponent(input)` output would
 * be, worked out without building it.
 *
 * Why: LZ decompression can expand quadratically. A hostile link of ~75,000
 * characters expands to ~512 million characters and costs ~1 GB of memory and
 * a second of frozen page (measured; see docs/decisions/004), and a little
 * longer one can crash the tab. Every real share link's JSON is bounded
 * (MAX_JSON_LENGTH in link-format.ts), so the decoder first measures the output
 * here, in time linear in the input and memory for one number per dictionary
 * entry, and only calls lz-string when the output fits.
 *
 * This walks lz-string 1.5's `_decompress` step by step (same bit reader, same
 * dictionary growth, same end conditions), tracking lengths instead of strings.
 * The tests check it against lz-string on valid and random inputs. Share
 * format v1 is pinned to this bitstream, so it cannot drift without v1 links
 * breaking too.
 */

const URI_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$";
const VALUE_OF = new Map([...URI_SAFE].map((char, index) => [char, index]));

/** The output can't be used: lz-string would return null or "", or fail. */
export const UNREADABLE = -1;

/**
 * The length (in UTF-16 code units) of what
 * `decompressFromEncodedURIComponent(input)` returns, or UNREADABLE when it
 * returns null, "" or throws, or `limit + 1` as soon as the output is known to
 * be longer than `limit`.
 */
export function lzOutputLength(input: string, limit: number): number {
  if (input === "") return UNREADABLE;
  const text = input.replace(/ /g, "+");
  const length = text.length;
  // lz-string reads 6 bits per character, most significant first; characters
  // outside the alphabet, and reads past the end, give 0 bits.
  const valueAt = (index: number) => VALUE_OF.get(text.charAt(index)) ?? 0;
  let value = valueAt(0);
  let position = 32;
  let index = 1;
  const read = (bitCount: number): number => {
    let bits = 0;
    for (let power = 1, i = 0; i < bitCount; i++, power *= 2) {
      const bit = value & position;
      position >>= 1;
      if (position === 0) {
        position = 32;
        value = valueAt(index++);
      }
      if (bit) bits += power;
    }
    return bits;
  };

  // Entry lengths by dictionary index; 0-2 are the codes for "8-bit char", "16-bit char", "end".
  const entryLength: number[] = [0, 0, 0];
  let enlargeIn = 4;
  let dictSize = 4;
  let numBits = 3;

  const first = read(2);
  if (first === 2) return UNREADABLE; // lz-string returns ""
  if (first === 3) return UNREADABLE; // lz-string goes on with an undefined first entry: never a real link
  read(first === 0 ? 8 : 16);
  entryLength[3] = 1;
  let w = 1;
  let total = 1;

  for (;;) {
    if (index > length) return UNREADABLE; // ran out before the end code: lz-string returns ""
    let code = read(numBits);
    if (code === 0 || code === 1) {
      read(code === 0 ? 8 : 16);
      entryLength[dictSize++] = 1;
      code = dictSize - 1;
      enlargeIn--;
    } else if (code === 2) {
      return total === 0 ? UNREADABLE : total;
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
    let entry: number;
    if (code < dictSize) entry = entryLength[code];
    else if (code === dictSize) entry = w + 1;
    else return UNREADABLE; // lz-string returns null
    total += entry;
    if (total > limit) return limit + 1;
    entryLength[dictSize++] = w + 1;
    enlargeIn--;
    w = entry;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
}
