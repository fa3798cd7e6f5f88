import { useState } from "react";
import { BODYLESS_METHODS } from "../bridge/wire-request";
import { useStore } from "../store";
import type { HeaderRow } from "../store/initial-state";
import { sendRequest, type Connection } from "./send-request";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

/** Method, path, headers and body of the next request to the app. */
export function RequestBar({ connection }: { connection: Connection }) {
  const draft = useStore((s) => s.draft);
  const setDraft = useStore((s) => s.setDraft);
  const serverMode = useStore((s) => s.serverMode);
  // Ready once Python answers and it is known which path carries requests.
  const ready = useStore((s) => s.progress.stage === "ready" && s.serverMode.kind !== "starting");
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const send = async () => {
    setSending(true);
    setProblem(null);
    const result = await sendRequest(draft, serverMode, connection);
    if (!result.ok) setProblem(result.message);
    setSending(false);
  };

  const setHeader = (index: number, patch: Partial<HeaderRow>) =>
    setDraft({ headers: draft.headers.map((row, i) => (i === index ? { ...row, ...patch } : row)) });

  return (
    <form
      className="request"
      aria-label="Request"
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
      onKeyDown={(event) => {
        if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          void send();
        }
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
        <button type="submit" className="primary" disabled={sending || !ready} title="Send (Ctrl+Enter)">
          {ready ? "Send" : "Starting…"}
        </button>
      </div>
      <details className="request-details">
        <summary>
          Headers ({draft.headers.filter((h) => h.enabled).length}) and body
        </summary>
        <table className="header-rows">
          <tbody>
            {draft.headers.map((row, index) => (
              <tr key={index}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Send header ${row.name || index + 1}`}
                    checked={row.enabled}
                    onChange={(e) => setHeader(index, { enabled: e.target.checked })}
                  />
                </td>
                <td>
                  <input aria-label="Header name" value={row.name} onChange={(e) => setHeader(index, { name: e.target.value })} />
                </td>
                <td>
                  <input aria-label="Header value" value={row.value} onChange={(e) => setHeader(index, { value: e.target.value })} />
                </td>
                <td>
                  <button
                    type="button"
                    aria-label={`Remove header ${row.name || index + 1}`}
                    onClick={() => setDraft({ headers: draft.headers.filter((_, i) => i !== index) })}
                  >
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" onClick={() => setDraft({ headers: [...draft.headers, { name: "", value: "", enabled: true }] })}>
          Add header
        </button>
        <label className="body-label" htmlFor="request-body">
          Body {BODYLESS_METHODS.has(draft.method) ? `(not sent with ${draft.method})` : ""}
        </label>
        <textarea
          id="request-body"
          value={draft.body}
          disabled={BODYLESS_METHODS.has(draft.method)}
          spellCheck={false}
          rows={4}
          onChange={(e) => setDraft({ body: e.target.value })}
        />
      </details>
      {problem && (
        <p className="notice error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
