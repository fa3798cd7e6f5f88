/**
 * Between the store and a share link: what a link holds of the current state,
 * and how a link's state is opened without touching the visitor's own work.
 */
import { lessonById } from "../lessons";
import { useStore } from "../store";
import { autosave } from "../store/autosave-wiring";
import type { RequestDraft, State } from "../store/initial-state";
import type { ShareState } from "./share-state";
import { shareableHeaders } from "./share-state";

export function shareStateOf(state: Pick<State, "code" | "draft" | "lessonId">): ShareState {
  const { draft } = state;
  return {
    code: state.code,
    request: {
      method: draft.method,
      path: draft.path,
      headers: shareableHeaders(draft.headers),
      body: { kind: draft.body.kind, text: draft.body.text, fields: draft.body.fields.map((f) => ({ ...f })) },
      followRedirects: draft.followRedirects,
    },
    lesson: state.lessonId,
  };
}

export function draftOf(shared: ShareState): RequestDraft {
  const { request } = shared;
  return {
    method: request.method,
    path: request.path,
    headers: request.headers.map(([name, value, enabled]) => ({ name, value, enabled })),
    body: { kind: request.body.kind, text: request.body.text, fields: request.body.fields.map((f) => ({ ...f })) },
    followRedirects: request.followRedirects,
  };
}

/**
 * Show a shared link's code, request and lesson. The visitor's saved code is
 * not overwritten (nothing autosaves while a shared app is open) and their
 * request and lesson come back with "Back to my code".
 */
export function openShared(shared: ShareState, linkId: string): void {
  const state = useStore.getState();
  const lesson = shared.lesson && lessonById(shared.lesson) ? shared.lesson : null;
  // Edits to a shared app are kept under the link's own workspace, never over the visitor's.
  const workspace = `shared:${linkId}`;
  useStore.setState({
    sharedView: { lesson: state.sharedView?.lesson ?? state.lessonId, ownDraft: state.sharedView?.ownDraft ?? state.draft, workspace },
    lessonId: lesson,
    code: autosave().load(workspace, shared.code) ?? shared.code,
    draft: draftOf(shared),
    checkRun: null,
    conflict: null,
  });
}

/** A short stable id for a link (FNV-1a of its fragment), naming the workspace its edits go to. */
export function linkIdOf(fragment: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < fragment.length; i++) {
    hash ^= fragment.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
