import { Tip } from "../ui/Tip";
import { useEffect, useEffectEvent, useState } from "react";
import { useStore } from "../store";
import { Tabs } from "../ui/Tabs";
import { BodyEditor } from "./BodyEditor";
import { CookieJarPanel } from "./CookieJarPanel";
import { HeaderRowsEditor } from "./HeaderRowsEditor";
import { RouteList } from "./RouteList";
import { sendRequest, sentContentType, type Connection } from "./send-request";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

/** Method, path, headers, body and cookies of the next request to the app. */
export function RequestBar({ connection }: { connection: Connection }) {
  const draft = useStore((s) => s.draft);
  const setDraft = useStore((s) => s.setDraft);
  const serverMode = useStore((s) => s.serverMode);
  const cookieCount = useStore((s) => s.cookieJar.length);
  // Ready once Python answers, the learner's app has loaded (a request before
  // that would find no app) and it is known which path carries requests. A page
  // no service worker controls (a first visit) sends straight to the runtime
  // until one does, whatever the worker's start says: there is nothing to wait for.
  const ready = useStore(
    (s) =>
      s.progress.stage === "ready" && s.appStatus.kind !== "loading" && (s.serverMode.kind !== "starting" || !navigator.serviceWorker?.controller),
  );
  const stopped = useStore((s) => s.progress.stage === "stopped");
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [tab, setTab] = useState("headers");

  const send = async () => {
    if (!ready || sending) return;
    setSending(true);
    setProblem(null);
    const result = await sendRequest(draft, serverMode, connection);
    if (!result.ok) setProblem(result.message);
    setSending(false);
  };

  // Ctrl+Enter (Cmd+Enter on a Mac) sends from anywhere on the page, the code
  // editor included: caught on the way down, before Monaco would insert a line.
  // Not while a course page is shown instead of the workspace.
  const sendFromShortcut = useEffectEvent(() => void send());
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      if (useStore.getState().courseView) return;
      event.preventDefault();
      event.stopPropagation();
      sendFromShortcut();
    };
    window.addEventListener("keydown", onKeyDown, { capture: true });
    return () => window.removeEventListener("keydown", onKeyDown, { capture: true });
  }, []);

  return (
    <form
      className="request"
      aria-label="Request"
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <div className="request-line">
        <label className="sr-only" htmlFor="method">
          Method
        </label>
        <select id="method" value={draft.method} onChange={(e) => setDraft({ method: e.target.value })}>
          {METHODS.map((m) => (
            <option key={m}>{m}</option>
          ))}
        </select>
        <label className="sr-only" htmlFor="path">
          Path
        </label>
        <input
          id="path"
          className="path"
          value={draft.path}
          spellCheck={false}
          onChange={(e) => setDraft({ path: e.target.value })}
          placeholder="/path?query"
        />
        <Tip content="Send (Ctrl+Enter, from anywhere)">
          <button type="submit" className="primary" disabled={sending || !ready}>
            {ready ? "Send" : stopped ? "Stopped" : "Starting…"}
          </button>
        </Tip>
      </div>
      <label className="follow">
        <input type="checkbox" checked={draft.followRedirects} onChange={(e) => setDraft({ followRedirects: e.target.checked })} /> Follow redirects
      </label>
      <Tabs
        label="Request parts"
        selected={tab}
        onSelect={setTab}
        tabs={[
          {
            id: "headers",
            label: `Headers (${draft.headers.filter((h) => h.enabled && h.name).length})`,
            content: <HeaderRowsEditor rows={draft.headers} onChange={(headers) => setDraft({ headers })} />,
          },
          {
            id: "body",
            label: draft.body.kind === "none" ? "Body" : `Body (${draft.body.kind})`,
            content: (
              <BodyEditor method={draft.method} body={draft.body} contentType={sentContentType(draft)} onChange={(body) => setDraft({ body })} />
            ),
          },
          { id: "routes", label: "Routes", content: <RouteList /> },
          { id: "cookies", label: `Cookies (${cookieCount})`, content: <CookieJarPanel /> },
        ]}
      />
      {problem && (
        <p className="notice error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
