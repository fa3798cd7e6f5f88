/**
 * Connect the store to the per-workspace autosave: load the open workspace's
 * code at boot, save after edits and when the page is hidden, follow other
 * tabs, and raise conflicts for the learner to settle (ConflictBanner).
 */
import { useStore } from ".";
import { Autosave } from "./autosave";
import { workspaceKey } from "./initial-state";
import { readWorkspace, workspaceKeyOfStorageKey } from "./workspace-storage";

let instance: Autosave | null = null;

/** The page's autosave (created by installAutosave). */
export function autosave(): Autosave {
  if (!instance) throw new Error("installAutosave() has not run");
  return instance;
}

/** The code a workspace opens with: what was saved, else `starter`. */
export function savedCodeOr(lessonId: string | null, starter: string): string {
  return autosave().load(workspaceKey(lessonId), starter) ?? starter;
}

export function installAutosave(starterOf: (lessonId: string | null) => string): void {
  const store = useStore;
  instance = new Autosave(localStorage, crypto.randomUUID(), (key, theirs) => store.getState().setConflict({ key, theirs }));
  const saver = instance;

  // Work saved by earlier versions in the main record moves to its own records once.
  const legacy = (store.getState() as unknown as { legacyWorkspaces?: Record<string, string> }).legacyWorkspaces;
  if (legacy) {
    for (const [key, code] of Object.entries(legacy)) if (!readWorkspace(localStorage, key)) saver.save(key, code);
    store.setState({ legacyWorkspaces: undefined } as never);
  }

  const { lessonId } = store.getState();
  const starter = starterOf(lessonId);
  store.getState().setCode(saver.load(workspaceKey(lessonId), starter) ?? starter);

  store.subscribe((state, previous) => {
    if (state.sharedView) {
      // Edits to a shared app go to the link's own workspace (openShared).
      if (state.code !== previous.code && previous.sharedView) saver.schedule(state.sharedView.workspace, state.code);
      return;
    }
    if (state.lessonId !== previous.lessonId && !previous.sharedView) {
      // Leaving a workspace: its last edits are saved at once.
      saver.schedule(workspaceKey(previous.lessonId), previous.code);
      saver.flush();
      return;
    }
    if (state.code !== previous.code) saver.schedule(workspaceKey(state.lessonId), state.code);
  });

  window.addEventListener("pagehide", () => saver.flush());
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") saver.flush();
  });
  window.addEventListener("storage", (event) => {
    const key = workspaceKeyOfStorageKey(event.key);
    const state = store.getState();
    if (!key || state.sharedView || key !== workspaceKey(state.lessonId)) return;
    const change = saver.external(key, state.code);
    if (change.kind === "adopt") state.setCode(change.code);
    if (change.kind === "conflict") state.setConflict({ key, theirs: change.theirs });
  });
}
