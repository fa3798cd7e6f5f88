/**
 * The embed (embed.html, README: Embeds): one example from a share link in a
 * compact layout, the editor beside (or, when narrow, above) the request and
 * its response, and a link that opens it in the full playground. It keeps
 * nothing (the store saves nothing in an embed, no autosave runs) and never
 * takes the focus from the page it sits in: nothing is focused until the
 * reader clicks or tabs into it.
 */
import { useMemo } from "react";
import { Inspector } from "../inspector/Inspector";
import { RequestBar } from "../request/RequestBar";
import type { Connection } from "../request/send-request";
import { decodeShareFragment, encodeShareLink } from "../share/link-format";
import { draftOf, shareStateOf } from "../share/share-from-store";
import { useStore } from "../store";
import type { AppReloader } from "./app-reloader";
import { AppStatus } from "./AppStatus";
import { WorkspaceEditor } from "./WorkspaceEditor";
import { LoadProgress } from "./LoadProgress";
import { ProductMark } from "./ProductMark";
import { TipProvider } from "./Tip";
import { useAppReloader } from "./use-app-reloader";
import { useDarkMode, useMediaQuery } from "./use-dark-mode";

/** Below this width the embed stacks the editor above the request and response. */
const EMBED_NARROW = "(max-width: 719px)";

export const NO_EXAMPLE_MESSAGE =
  "This embed's address holds no example: it should end in #share=… (in the playground, Share → Copy embed code makes one).";

/** Show the example the embed's address carries (its #share= fragment), or say why there is none. */
export function openEmbedFromFragment(): void {
  const decoded = decodeShareFragment(location.hash);
  if (decoded.kind !== "ok") {
    useStore.getState().setLinkError(decoded.kind === "error" ? decoded.message : NO_EXAMPLE_MESSAGE);
    return;
  }
  useStore.setState({ code: decoded.state.code, draft: draftOf(decoded.state), lessonId: null, linkError: null, checkRun: null });
}

/** The full playground's address for what the embed shows now, edits included (the page beside embed.html). */
function usePlaygroundLink(): string {
  const code = useStore((s) => s.code);
  const draft = useStore((s) => s.draft);
  return useMemo(() => {
    const playground = new URL(".", location.href).href;
    try {
      return encodeShareLink(shareStateOf({ code, draft, lessonId: null }), playground);
    } catch {
      return playground + location.hash; // too long to share: the example as the embed got it
    }
  }, [code, draft]);
}

export function EmbedApp({ connection, reloader }: { connection: Connection; reloader: AppReloader }) {
  useAppReloader(reloader);
  const dark = useDarkMode();
  const linkError = useStore((s) => s.linkError);
  const serverMode = useStore((s) => s.serverMode.kind);
  const narrow = useMediaQuery(EMBED_NARROW);
  const playgroundLink = usePlaygroundLink();

  return (
    <TipProvider>
      <div className="app embed" data-layout={narrow ? "narrow" : "wide"} data-server-mode={serverMode}>
        <header className="embed-bar">
          <h1 className="embed-title">
            <ProductMark />
            Flask example
          </h1>
          <LoadProgress onRetry={() => connection.client.retry()} />
          <a className="embed-open" href={playgroundLink} target="_blank" rel="noopener" data-testid="open-in-playground">
            Open in the playground
            <span className="sr-only"> (opens a new tab)</span> ↗
          </a>
        </header>
        {linkError && (
          <p className="notice error" role="alert" data-testid="link-error">
            {linkError}
          </p>
        )}
        <main className="embed-main" aria-label="Example">
          <section className="editor-pane" aria-label="Editor">
            <WorkspaceEditor dark={dark} />
            <AppStatus />
          </section>
          <section className="exchange-pane" aria-label="Request and response">
            <RequestBar connection={connection} />
            <Inspector />
          </section>
        </main>
      </div>
    </TipProvider>
  );
}
