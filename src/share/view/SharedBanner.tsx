import { useStore } from "../../store";
import { autosave } from "../../store/autosave-wiring";
import { workspaceKey } from "../../store/initial-state";
import { openLessonAndLink } from "../../lessons/view/lesson-link";

/** While a shared app is open: say so, and keep the visitor's own work one click away. */
export function SharedBanner() {
  const sharedView = useStore((s) => s.sharedView);
  if (!sharedView) return null;
  const keep = () => {
    const state = useStore.getState();
    autosave().save(workspaceKey(state.lessonId), state.code, true);
    useStore.setState({ sharedView: null });
    history.replaceState(null, "", state.lessonId ? `#lesson=${state.lessonId}` : location.pathname + location.search);
  };
  return (
    <p className="notice info" role="status" data-testid="shared-banner">
      You are looking at a shared app; it runs only inside this page's Python worker. Your own saved code is untouched.{" "}
      <button type="button" onClick={() => openLessonAndLink(sharedView.lesson)}>
        Back to my code
      </button>{" "}
      <button type="button" onClick={keep}>
        Keep this as my code
      </button>
    </p>
  );
}
