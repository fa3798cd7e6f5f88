import { useState } from "react";
import { isTooLongForChat, LINK_LENGTH_WARNING } from "../../../share/link-format";
import { downloadAppFile } from "../../../share/view/file-actions";
import { codeEdited } from "../../course-progress";
import type { Lesson } from "../../types";
import { capstoneLink } from "./capstone-link";
import { useLessonCode } from "./saved-code";

/** A share link of the learner's capstone app with a copy button; or, if it is still the starter, a way there. */
export function CapstoneShare({ capstone }: { capstone: Lesson }) {
  const code = useLessonCode()(capstone.id);
  const [copied, setCopied] = useState<string | null>(null);
  const title = `${capstone.order}. ${capstone.title}`;
  if (code === null || !codeEdited(code, capstone.starter)) {
    return (
      <section className="capstone-share" aria-labelledby="capstone-share-heading" data-testid="capstone-share">
        <h2 id="capstone-share-heading">Share your capstone</h2>
        <p>
          You haven't changed the capstone's starter code yet, so there is no app of yours to share.{" "}
          <a href={`#lesson=${capstone.id}`}>Open {title}</a>
        </p>
      </section>
    );
  }
  const link = capstoneLink(code, capstone, location.href);
  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(`Link copied (${url.length.toLocaleString("en")} characters).`);
    } catch {
      setCopied("The browser blocked the clipboard; select the link and copy it.");
    }
  };
  return (
    <section className="capstone-share" aria-labelledby="capstone-share-heading" data-testid="capstone-share">
      <h2 id="capstone-share-heading">Share your capstone</h2>
      {!link.ok ? (
        <p className="notice warning">{link.message}</p>
      ) : (
        <>
          <p>
            This link opens your capstone app, as you last saved it, in anyone's browser, ready to run: the code travels in the link
            and nowhere else.
          </p>
          <div className="capstone-link">
            <input
              readOnly
              value={link.url}
              aria-label="Share link of your capstone app"
              data-testid="capstone-link"
              onFocus={(e) => e.currentTarget.select()}
            />
            <button type="button" onClick={() => void copy(link.url)}>
              Copy link
            </button>
            <a href={link.url} target="_blank" rel="noopener">
              Open it
            </a>
          </div>
          <p role="status" className="hint">
            {copied}
            {isTooLongForChat(link.url) && (
              <>
                {" "}
                The link is {link.url.length.toLocaleString("en")} characters: links over {LINK_LENGTH_WARNING.toLocaleString("en")} break in
                some chat tools.{" "}
                <button type="button" className="link" onClick={() => downloadAppFile(code)}>
                  Download app.py instead
                </button>
              </>
            )}
          </p>
        </>
      )}
    </section>
  );
}
