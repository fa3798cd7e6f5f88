/**
 * The one place the app decides, at boot, what the page opens with: a share
 * link, a lesson deep link, or what it would have opened anyway. Pure: the
 * caller passes its fallback and `location` (like the TypeScript playground's
 * `getInitialCode(fallback, location)`), so every case is testable without a
 * browser.
 */
import { decodeShareFragment, parseFragment } from "./link-format";
import { quoteForMessage } from "./share-state";
import type { ShareState } from "./share-state";

export type InitialState =
  /** A valid share link: open exactly this code, request and lesson. */
  | { source: "link"; state: ShareState }
  /**
   * No usable share link: open `code` (the fallback's) and `lesson`. `error`
   * is set when the URL held a share or lesson link that can't be used; show it.
   */
  | { source: "default"; code: string; lesson: string | null; error?: string };

const LESSON_ID = /^[a-z0-9-]{1,64}$/;

/**
 * - A valid `#share=` link wins (its lesson too, over any `lesson=` beside it).
 * - A malformed share link gives the fallback with `error`; a valid `lesson=`
 *   beside it still picks the lesson.
 * - A plain `#lesson=<id>` gives the fallback code with that lesson.
 * - A `lesson=` that isn't a lesson name gives the fallback with `error`.
 *
 * Whether a lesson id names an existing lesson is for the caller to check.
 * Never throws.
 */
export function readInitialState(fallback: { code: string; lesson: string | null }, location: { hash: string }): InitialState {
  const decoded = decodeShareFragment(location.hash);
  if (decoded.kind === "ok") return { source: "link", state: decoded.state };
  const errors: string[] = [];
  if (decoded.kind === "error") errors.push(decoded.message);

  let lesson = fallback.lesson;
  const linked = parseFragment(location.hash).lesson;
  if (linked !== undefined) {
    if (LESSON_ID.test(linked)) lesson = linked;
    else errors.push(`This link's lesson name ${quoteForMessage(linked)} isn't valid, so the playground opened without it.`);
  }
  const result: InitialState = { source: "default", code: fallback.code, lesson };
  if (errors.length > 0) result.error = errors.join(" ");
  return result;
}
