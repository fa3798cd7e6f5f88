import { useStore } from "../store";
import { autosave } from "../store/autosave-wiring";

/** Another tab saved this workspace while this one had unsaved edits: choose, nothing is lost silently. */
export function ConflictBanner() {
  const conflict = useStore((s) => s.conflict);
  if (!conflict) return null;
  const when = new Date(conflict.theirs.savedAt).toLocaleTimeString();
  const loadTheirs = () => {
    const state = useStore.getState();
    autosave().accept(conflict.key, conflict.theirs);
    state.setConflict(null);
    state.setCode(conflict.theirs.code);
  };
  const keepMine = () => {
    const state = useStore.getState();
    state.setConflict(null);
    autosave().save(conflict.key, state.code, true);
  };
  return (
    <div className="notice warning" role="alert" data-testid="conflict-banner">
      This code was also changed in another tab (saved at {when}). Which version do you want to keep?{" "}
      <button type="button" onClick={loadTheirs}>
        Load the other tab's version
      </button>{" "}
      <button type="button" onClick={keepMine}>
        Keep mine
      </button>
    </div>
  );
}
