import { useMemo, useState } from "react";
import type { Exchange } from "../store/initial-state";
import { decodeText, hexDump, isJsonType, joinChunks, prettyJson } from "./body-text";

type View = "pretty" | "raw" | "preview";

/** The body as pretty JSON, raw text (or hex for binary), or an HTML preview with no scripts. */
export function BodyView({ exchange }: { exchange: Exchange }) {
  const [view, setView] = useState<View>("pretty");
  const contentType = exchange.head?.headers.find(([n]) => n.toLowerCase() === "content-type")?.[1];
  const body = useMemo(() => joinChunks(exchange.chunks), [exchange.chunks]);
  const text = useMemo(() => decodeText(body), [body]);
  const pretty = useMemo(() => (text !== null && isJsonType(contentType) ? prettyJson(text) : null), [text, contentType]);

  let content: React.ReactNode;
  if (body.byteLength === 0) {
    content = <p className="empty">(empty body)</p>;
  } else if (view === "preview") {
    content = (
      <iframe
        title="HTML preview of the response body"
        className="preview"
        sandbox=""
        srcDoc={text ?? ""}
      />
    );
  } else {
    const shown = text === null ? hexDump(body) : view === "pretty" ? (pretty ?? text) : text;
    content = (
      <pre className="body" data-testid="response-body" tabIndex={0}>
        {shown}
      </pre>
    );
  }

  return (
    <section className="body-view" aria-label="Response body">
      <div role="tablist" className="tabs">
        {(["pretty", "raw", "preview"] as const).map((name) => (
          <button key={name} role="tab" aria-selected={view === name} onClick={() => setView(name)}>
            {name}
          </button>
        ))}
      </div>
      {content}
    </section>
  );
}
