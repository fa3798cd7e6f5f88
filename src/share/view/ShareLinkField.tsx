import { useState } from "react";
import { isTooLongForChat, LINK_LENGTH_WARNING } from "../link-format";
import { APP_FILE, filePaths, fileText } from "../../store/workspace-files";
import { downloadAppFile, downloadProject } from "./file-actions";

/** Copy `text` to the clipboard; the message to show either way (`copied` when it worked). */
export async function copyText(text: string, copied: string, what = "link"): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return copied;
  } catch {
    return `The browser blocked the clipboard; select the ${what} and copy it.`;
  }
}

/** Copy `url` to the clipboard; the message to show either way. */
export const copyLink = (url: string): Promise<string> => copyText(url, `Link copied (${url.length.toLocaleString("en")} characters).`);

/**
 * A share link in a read-only field with Copy and Open, what copying did, and
 * a warning (with a download instead) when the link is too long for chat tools.
 */
export function ShareLinkField({
  url,
  code,
  label,
  initialStatus = null,
  testId,
}: {
  url: string;
  /** The workspace the link carries, for "Download app.py instead" (or the project's zip). */
  code: string;
  label: string;
  initialStatus?: string | null;
  testId?: string;
}) {
  const [status, setStatus] = useState<string | null>(initialStatus);
  return (
    <>
      <div className="share-link">
        <input readOnly value={url} aria-label={label} data-testid={testId} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" onClick={() => void copyLink(url).then(setStatus)}>
          Copy link
        </button>
        <a href={url} target="_blank" rel="noopener">
          Open it
        </a>
      </div>
      <p role="status" className="hint" data-testid="share-status">
        {status}
        {isTooLongForChat(url) && (
          <>
            {" "}
            The link is {url.length.toLocaleString("en")} characters: links over {LINK_LENGTH_WARNING.toLocaleString("en")} break in some chat tools.{" "}
            {filePaths(code).length > 1 ? (
              <button type="button" className="link" onClick={() => downloadProject(code)}>
                Download the project (.zip) instead
              </button>
            ) : (
              <button type="button" className="link" onClick={() => downloadAppFile(fileText(code, APP_FILE) ?? "")}>
                Download app.py instead
              </button>
            )}
          </>
        )}
      </p>
    </>
  );
}
