import { useState } from "react";

/** A link that could not be opened: say why; the default playground and the visitor's work are there. */
export function LinkErrorBanner({ message }: { message: string | null }) {
  const [dismissed, setDismissed] = useState(false);
  if (!message || dismissed) return null;
  return (
    <p className="notice error" role="alert" data-testid="link-error">
      {message} The playground opened as usual; your saved work is untouched.{" "}
      <button type="button" onClick={() => setDismissed(true)}>
        Dismiss
      </button>
    </p>
  );
}
