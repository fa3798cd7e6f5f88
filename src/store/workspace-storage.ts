/**
 * The learner's code, saved per workspace ("playground", "lesson:<id>") under
 * its own localStorage key, with a revision number, so two tabs never
 * silently overwrite each other: a save only lands on the revision it was
 * based on (compare-and-set); otherwise the caller gets the other tab's
 * version and the learner chooses.
 */

export const WORKSPACE_PREFIX = "flask-playground:workspace:";

export interface SavedWorkspace {
  code: string;
  /** Increases by one with every save of this workspace, whichever tab saves. */
  rev: number;
  /** The tab that saved it. */
  tabId: string;
  /** Date.now() of the save. */
  savedAt: number;
}

export type SaveResult = { ok: true; saved: SavedWorkspace } | { ok: false; theirs: SavedWorkspace };

/** The storage the functions need (window.localStorage fits). */
export type KeyValueStorage = Pick<Storage, "getItem" | "setItem">;

export function readWorkspace(storage: KeyValueStorage, key: string): SavedWorkspace | null {
  try {
    const raw = storage.getItem(WORKSPACE_PREFIX + key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as SavedWorkspace;
    return typeof parsed.code === "string" && Number.isInteger(parsed.rev) ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * Save `code` if the stored revision is still `baseRev` (the one this tab last
 * read or wrote), or if the stored code is already the same. Otherwise report
 * the other tab's version and write nothing.
 */
export function saveWorkspace(storage: KeyValueStorage, key: string, code: string, baseRev: number, tabId: string, now: number): SaveResult {
  const current = readWorkspace(storage, key);
  const currentRev = current?.rev ?? 0;
  if (current && currentRev !== baseRev && current.code !== code) return { ok: false, theirs: current };
  const saved: SavedWorkspace = { code, rev: currentRev + 1, tabId, savedAt: now };
  storage.setItem(WORKSPACE_PREFIX + key, JSON.stringify(saved));
  return { ok: true, saved };
}

/** The workspace key a storage event is about, or null for other keys. */
export function workspaceKeyOfStorageKey(storageKey: string | null): string | null {
  return storageKey?.startsWith(WORKSPACE_PREFIX) ? storageKey.slice(WORKSPACE_PREFIX.length) : null;
}
