/**
 * The capstone as a share link (src/share/): the learner's code, the lesson,
 * and the lesson's first suggested request in the builder, so whoever opens
 * it can press Send at once.
 */
import { encodeShareLink } from "../../../share/link-format";
import { shareStateOf } from "../../../share/share-from-store";
import { ShareLinkError } from "../../../share/share-state";
import { initialDraft } from "../../../store/initial-state";
import type { Lesson } from "../../types";

export type CapstoneLink = { ok: true; url: string } | { ok: false; message: string };

/** A share link of `code` as `lesson`'s app, on the page at `pageUrl`; a message when the code can't be shared. */
export function capstoneLink(code: string, lesson: Lesson, pageUrl: string): CapstoneLink {
  const request = lesson.requests[0];
  const draft = request ? { ...initialDraft, method: request.method, path: request.path } : initialDraft;
  try {
    return { ok: true, url: encodeShareLink(shareStateOf({ code, draft, lessonId: lesson.id }), pageUrl) };
  } catch (error) {
    if (error instanceof ShareLinkError) return { ok: false, message: error.message };
    throw error;
  }
}
