/**
 * What importing a progress file does to the learner's own progress and code.
 * Pure. Code is never dropped silently: a workspace whose saved code differs
 * from the file's is a conflict the learner settles (merge or replace) before
 * anything is written.
 */
import type { LessonProgress } from "./initial-state";
import type { ProgressFile, ProgressWorkspace } from "./progress-file";

/** What this browser holds now, in the file's terms. */
export interface OwnProgress {
  lessonProgress: Record<string, LessonProgress>;
  workspaces: Record<string, ProgressWorkspace>;
}

/** A workspace saved both here and in the file, with different code. */
export interface CodeConflict {
  key: string;
  ours: ProgressWorkspace;
  theirs: ProgressWorkspace;
  /** Which was saved later; "ours" when it can't be told (a time missing, or equal). */
  newer: "ours" | "theirs";
}

/**
 * - merge: keep everything of both. Where code differs, the newer save wins;
 *   progress adds up (completed if either is, the most hints, answers of both,
 *   ours where both answered).
 * - replace: the file wins wherever it has something; what it lacks stays ours.
 */
export type ImportMode = "merge" | "replace";

export interface ImportPlan {
  lessonProgress: Record<string, LessonProgress>;
  /** Workspace key -> the code to save there; only what changes. */
  writes: Record<string, string>;
  /** Conflicts settled in favour of our code (merge only). */
  keptOurs: string[];
}

const savedLater = (a: ProgressWorkspace, b: ProgressWorkspace) => a.savedAt !== null && (b.savedAt === null || a.savedAt > b.savedAt);

/** The workspaces where importing would replace saved code with different code. */
export function codeConflicts(own: OwnProgress, file: ProgressFile): CodeConflict[] {
  const conflicts: CodeConflict[] = [];
  for (const [key, theirs] of Object.entries(file.workspaces)) {
    const ours = own.workspaces[key];
    if (!ours || ours.code === theirs.code) continue;
    conflicts.push({ key, ours, theirs, newer: savedLater(theirs, ours) ? "theirs" : "ours" });
  }
  return conflicts;
}

function mergedProgress(ours: LessonProgress, theirs: LessonProgress): LessonProgress {
  const merged: LessonProgress = {
    completed: ours.completed || theirs.completed,
    hintsShown: Math.max(ours.hintsShown, theirs.hintsShown),
    answers: { ...theirs.answers, ...ours.answers },
  };
  const checks = ours.checks ?? theirs.checks;
  if (checks) merged.checks = checks;
  return merged;
}

/** The progress and the code writes an import in `mode` comes to. */
export function planImport(own: OwnProgress, file: ProgressFile, mode: ImportMode): ImportPlan {
  const lessonProgress = { ...own.lessonProgress };
  for (const [id, theirs] of Object.entries(file.lessonProgress)) {
    const ours = own.lessonProgress[id];
    lessonProgress[id] = ours && mode === "merge" ? mergedProgress(ours, theirs) : theirs;
  }
  const conflicts = new Map(codeConflicts(own, file).map((conflict) => [conflict.key, conflict]));
  const writes: Record<string, string> = {};
  const keptOurs: string[] = [];
  for (const [key, theirs] of Object.entries(file.workspaces)) {
    const conflict = conflicts.get(key);
    if (conflict && mode === "merge" && conflict.newer === "ours") keptOurs.push(key);
    else if (own.workspaces[key]?.code !== theirs.code) writes[key] = theirs.code;
  }
  return { lessonProgress, writes, keptOurs };
}
