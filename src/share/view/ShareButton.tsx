import { useState } from "react";
import { useStore } from "../../store";
import { encodeShareLink, isTooLongForChat, LINK_LENGTH_WARNING } from "../link-format";
import { shareStateOf } from "../share-from-store";
import { downloadAppFile } from "./file-actions";

type Outcome = { kind: "copied"; length: number } | { kind: "long"; url: string } | { kind: "error"; message: string } | null;

/** Make a link that restores the code, the request and the lesson, and copy it. */
export function ShareButton() {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const share = async () => {
    let url: string;
    try {
      url = encodeShareLink(shareStateOf(useStore.getState()), location.href);
    } catch (error) {
      setOutcome({ kind: "error", message: (error as Error).message });
      return;
    }
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      setOutcome({ kind: "error", message: "The browser blocked the clipboard; the link is in the address bar instead." });
      history.replaceState(null, "", url);
      return;
    }
    setOutcome(isTooLongForChat(url) ? { kind: "long", url } : { kind: "copied", length: url.length });
  };
  return (
    <div className="share">
      <button type="button" onClick={() => void share()}>
        Share
      </button>
      <span role="status" className="share-status" data-testid="share-status">
        {outcome?.kind === "copied" && `Link copied (${outcome.length} characters).`}
        {outcome?.kind === "error" && outcome.message}
        {outcome?.kind === "long" && (
          <>
            Link copied, but it is {outcome.url.length.toLocaleString("en")} characters: links over {LINK_LENGTH_WARNING.toLocaleString("en")} break
            in some chat tools.{" "}
            <button type="button" className="link" onClick={() => downloadAppFile(useStore.getState().code)}>
              Download app.py instead
            </button>
          </>
        )}
      </span>
    </div>
  );
}
