import { useStore } from "../../../store";
import { workspaceKey } from "../../../store/initial-state";
import { readWorkspace } from "../../../store/workspace-storage";

/**
 * A lesson's code as the learner has it: the editor's for the open lesson
 * (its last edits may not be saved yet: the autosave waits 300 ms), else
 * what is saved, or null. The component re-renders when the editor's code changes.
 */
export function useLessonCode(): (lessonId: string) => string | null {
  const open = useStore((s) => (s.sharedView ? null : s.lessonId));
  const code = useStore((s) => s.code);
  return (lessonId) => (lessonId === open ? code : (readWorkspace(localStorage, workspaceKey(lessonId))?.code ?? null));
}
