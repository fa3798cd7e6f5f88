import { useState } from "react";
import { useStore } from "../../store";
import { Dialog } from "../../ui/Dialog";
import { encodeShareLink } from "../link-format";
import { shareStateOf } from "../share-from-store";
import { embedSnippet } from "../embed-code";
import { copyLink, copyText, ShareLinkField } from "./ShareLinkField";

type Link = { ok: true; url: string; code: string; copied: string } | { ok: false; message: string };

/** Share: make a link that restores the code, the request and the lesson, copy it, and show it in a dialog. */
export function ShareButton() {
  const [link, setLink] = useState<Link | null>(null);
  const share = async () => {
    const state = useStore.getState();
    let url: string;
    try {
      url = encodeShareLink(shareStateOf(state), location.href);
    } catch (error) {
      setLink({ ok: false, message: (error as Error).message });
      return;
    }
    setLink({ ok: true, url, code: state.code, copied: await copyLink(url) });
  };
  return (
    <Dialog
      open={link !== null}
      onOpenChange={(open) => open || setLink(null)}
      trigger={
        <button type="button" className="primary" onClick={() => void share()}>
          Share
        </button>
      }
      title="Share"
      description="A link that opens your code, the request you built and the lesson in anyone's browser. Nothing is uploaded: it all travels in the link."
    >
      {link?.ok === false && <p className="notice warning">{link.message}</p>}
      {link?.ok && (
        <>
          <ShareLinkField key={link.url} url={link.url} code={link.code} label="Share link" initialStatus={link.copied} />
          <EmbedCode key={`embed:${link.url}`} url={link.url} />
        </>
      )}
    </Dialog>
  );
}

/** The same example as an <iframe> for another site's page: the snippet, and a button that copies it. */
function EmbedCode({ url }: { url: string }) {
  const snippet = embedSnippet(url);
  const [status, setStatus] = useState<string | null>(null);
  const copy = () => copyText(snippet, "Embed code copied: paste it into your page's HTML.", "code").then(setStatus);
  return (
    <div className="embed-code">
      <h3>Embed it in a page</h3>
      <p className="hint">A live example in a docs page, a blog post or a course: it never reads or changes its visitors' own work.</p>
      <textarea readOnly value={snippet} rows={4} aria-label="Embed code" data-testid="embed-code" onFocus={(e) => e.currentTarget.select()} />
      <button type="button" onClick={() => void copy()}>
        Copy embed code
      </button>
      <p role="status" className="hint" data-testid="embed-status">
        {status}
      </p>
    </div>
  );
}
