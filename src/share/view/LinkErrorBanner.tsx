import { useStore } from "../../store";

/** A link that could not be opened: say why; the default playground and the visitor's work are there. */
export function LinkErrorBanner() {
  const message = useStore((s) => s.linkError);
  const setLinkError = useStore((s) => s.setLinkError);
  if (!message) return null;
  return (
    <p className="notice error" role="alert" data-testid="link-error">
      {message} Your saved work is untouched.{" "}
      <button type="button" onClick={() => setLinkError(null)}>
        Dismiss
      </button>
    </p>
  );
}
