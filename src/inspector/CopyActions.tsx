import { Tip } from "../ui/Tip";
import { useState } from "react";
import { toCurl } from "../request/curl";
import type { Exchange } from "../store/initial-state";
import { wireHttpOf } from "./dev-server-view";

/**
 * Where `flask run` serves the same app on the learner's machine: the
 * virtual server only exists inside this page, so a curl command aims there.
 */
export const LOCAL_FLASK_ORIGIN = "http://127.0.0.1:5000";

/** Copy the request as a curl command (for `flask run`), or the response as raw HTTP as `flask run` sends it. */
export function CopyActions({ exchange }: { exchange: Exchange }) {
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async (what: string, text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(`${what} copied`);
    } catch {
      setCopied(`Could not copy ${what} (clipboard blocked)`);
    }
  };
  const { request } = exchange;
  const curl = () =>
    toCurl({
      method: request.method,
      url: LOCAL_FLASK_ORIGIN + request.path + (request.query ? `?${request.query}` : ""),
      headers: request.headers.filter(([name]) => name.toLowerCase() !== "host"),
      body: request.body && request.body.byteLength ? new TextDecoder().decode(request.body) : null,
    });
  return (
    <div className="copy-actions">
      <Tip content={`For the same app under flask run at ${LOCAL_FLASK_ORIGIN}`}>
        <button type="button" onClick={() => void copy("curl command", curl())}>
          Copy as curl
        </button>
      </Tip>
      {exchange.head && (
        <Tip content="The response as flask run sends it: your app's status, headers and body, with the headers Werkzeug's development server adds (and, for a body without a Content-Length, its chunked framing)">
          <button type="button" onClick={() => void copy("raw response", wireHttpOf(exchange)!)}>
            Copy raw HTTP
          </button>
        </Tip>
      )}
      <span role="status" className="hint">
        {copied}
      </span>
    </div>
  );
}
