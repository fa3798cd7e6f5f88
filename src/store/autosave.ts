/**
 * Autosave of the learner's code per workspace, shortly after each edit and
 * when the page is hidden, into per-workspace records (workspace-storage.ts).
 * Another tab's save of the same workspace is adopted when this tab has no
 * unsaved edits, and otherwise surfaces as a conflict for the learner to settle.
 */
import { readWorkspace, saveWorkspace, type KeyValueStorage, type SavedWorkspace, type SaveResult } from "./workspace-storage";

export const AUTOSAVE_DELAY_MS = 300;

export type ExternalChange = { kind: "ignore" } | { kind: "adopt"; code: string } | { kind: "conflict"; theirs: SavedWorkspace };

export class Autosave {
  private readonly revs = new Map<string, number>();
  private readonly lastSaved = new Map<string, string>();
  private pending: { key: string; code: string } | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly storage: KeyValueStorage,
    readonly tabId: string,
    private readonly onConflict: (key: string, theirs: SavedWorkspace) => void,
    private readonly delayMs = AUTOSAVE_DELAY_MS,
  ) {}

  /**
   * The saved code of a workspace, or null; remembers its revision for later
   * saves. With nothing saved, `shown` (the starter) counts as the saved state,
   * so another tab's first save is adopted, not taken for a conflict.
   */
  load(key: string, shown?: string): string | null {
    const saved = readWorkspace(this.storage, key);
    if (!saved) {
      this.revs.set(key, 0);
      if (shown !== undefined) this.lastSaved.set(key, shown);
      return null;
    }
    this.revs.set(key, saved.rev);
    this.lastSaved.set(key, saved.code);
    return saved.code;
  }

  /** Save shortly (a newer edit of the same workspace replaces a pending one). */
  schedule(key: string, code: string): void {
    if (this.pending && this.pending.key !== key) this.flush();
    this.pending = { key, code };
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.delayMs);
  }

  /** Save what is pending now (page hidden, workspace switch). */
  flush(): void {
    clearTimeout(this.timer);
    const pending = this.pending;
    this.pending = null;
    if (pending) this.save(pending.key, pending.code);
  }

  /** Save now; `overwrite` settles a conflict in favour of this tab. */
  save(key: string, code: string, overwrite = false): SaveResult {
    if (!overwrite && this.lastSaved.get(key) === code) {
      return { ok: true, saved: { code, rev: this.revs.get(key) ?? 0, tabId: this.tabId, savedAt: Date.now() } };
    }
    const base = overwrite ? (readWorkspace(this.storage, key)?.rev ?? 0) : (this.revs.get(key) ?? 0);
    const result = saveWorkspace(this.storage, key, code, base, this.tabId, Date.now());
    if (result.ok) {
      this.revs.set(key, result.saved.rev);
      this.lastSaved.set(key, code);
    } else {
      this.onConflict(key, result.theirs);
    }
    return result;
  }

  /** Take the other tab's version as this tab's base (the learner chose it). */
  accept(key: string, theirs: SavedWorkspace): void {
    this.revs.set(key, theirs.rev);
    this.lastSaved.set(key, theirs.code);
  }

  /** Another tab saved `key` while this tab shows `currentCode` for it. */
  external(key: string, currentCode: string): ExternalChange {
    const theirs = readWorkspace(this.storage, key);
    if (!theirs || theirs.tabId === this.tabId || theirs.code === currentCode) return { kind: "ignore" };
    const unsaved = this.pending?.key === key || this.lastSaved.get(key) !== currentCode;
    if (unsaved) return { kind: "conflict", theirs };
    this.accept(key, theirs);
    return { kind: "adopt", code: theirs.code };
  }
}
