/**
 * Saved state from earlier versions of the app keeps loading: each version's
 * shape is upgraded step by step to the current one.
 */
import { initialDraft } from "./initial-state";

type Saved = Record<string, unknown>;

/** Upgrade what `persist` saved under `version` to the current shape. */
export function migratePersisted(persisted: unknown, version: number): Saved {
  const saved: Saved = { ...((persisted ?? {}) as Saved) };
  if (version < 2) {
    // v1 kept the body as a plain string and had no redirect setting.
    const draft = (saved.draft ?? {}) as Saved;
    const text = typeof draft.body === "string" ? draft.body : "";
    saved.draft = {
      ...initialDraft,
      ...draft,
      body: { ...initialDraft.body, kind: text ? "text" : "none", text },
      followRedirects: false,
    };
  }
  if (version < 3) {
    // v2 kept the code in this record; now each workspace has its own (autosave.ts).
    const workspaces = { ...((saved.workspaces ?? {}) as Record<string, string>) };
    const key = saved.lessonId ? `lesson:${String(saved.lessonId)}` : "playground";
    if (typeof saved.code === "string") workspaces[key] = saved.code;
    delete saved.code;
    delete saved.workspaces;
    saved.legacyWorkspaces = workspaces;
  }
  return saved;
}
