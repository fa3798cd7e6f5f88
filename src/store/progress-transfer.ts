/**
 * Between the page and a progress file (progress-file.ts): collect what this
 * browser holds (the store's lesson progress, the saved code of the
 * playground and of each lesson) and write an import plan back, through the
 * autosave so other tabs follow and revisions stay honest.
 */
import { useStore } from ".";
import { autosave } from "./autosave-wiring";
import { workspaceKey } from "./initial-state";
import { makeProgressFile, type ProgressFile, type ProgressWorkspace } from "./progress-file";
import type { ImportPlan, OwnProgress } from "./progress-merge";
import { readWorkspace } from "./workspace-storage";

/** The workspaces a progress file carries: the playground and each lesson (shared links' are not the learner's). */
const workspaceKeys = (lessonIds: readonly string[]) => [workspaceKey(null), ...lessonIds.map(workspaceKey)];

/** What this browser has saved now (pending edits saved first). */
export function ownProgress(lessonIds: readonly string[]): OwnProgress {
  autosave().flush();
  const workspaces: Record<string, ProgressWorkspace> = {};
  for (const key of workspaceKeys(lessonIds)) {
    const saved = readWorkspace(localStorage, key);
    if (saved) workspaces[key] = { code: saved.code, savedAt: saved.savedAt };
  }
  return { lessonProgress: useStore.getState().lessonProgress, workspaces };
}

/** A progress file of everything saved now. */
export function exportProgress(lessonIds: readonly string[], now = new Date()): ProgressFile {
  const own = ownProgress(lessonIds);
  return makeProgressFile(own.lessonProgress, own.workspaces, now);
}

/** Save an import plan's code and progress; the open workspace shows its new code at once. */
export function applyImport(plan: ImportPlan): void {
  const saver = autosave();
  saver.flush();
  for (const [key, code] of Object.entries(plan.writes)) saver.save(key, code, true);
  const state = useStore.getState();
  useStore.setState({ lessonProgress: plan.lessonProgress });
  const open = workspaceKey(state.lessonId);
  if (!state.sharedView && Object.hasOwn(plan.writes, open)) state.setCode(plan.writes[open]!);
}
