import { useEffect, useMemo, useState } from "react";
import type { Exchange } from "../store/initial-state";
import { Tabs } from "../ui/Tabs";
import { decodeText, hexDump, isJsonType, joinChunks, mediaType } from "./body-text";
import { formatMarkup } from "./format-markup";
import { JsonTree } from "./JsonTree";

function ImagePreview({ body, type }: { body: Uint8Array; type: string }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const objectUrl = URL.createObjectURL(new Blob([body.slice()], { type }));
    // eslint-disable-next-line react-hooks/set-state-in-effect -- an object URL must be revoked, so it is made in the effect whose cleanup revokes it, not during render.
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [body, type]);
  return url ? <img className="image-preview" src={url} alt={`Body sent by the app (${type})`} /> : null;
}

/** Bodies past this size are shown in part: rendering megabytes of text would freeze the page. */
export const SHOWN_BODY_LIMIT = 256 * 1024;

/** The body: pretty (JSON tree, formatted HTML/XML), raw text or hex, and a safe preview. */
export function BodyView({ exchange }: { exchange: Exchange }) {
  const [view, setView] = useState("pretty");
  const contentType = exchange.head?.headers.find(([n]) => n.toLowerCase() === "content-type")?.[1];
  const type = mediaType(contentType);
  const fullBody = useMemo(() => joinChunks(exchange.chunks), [exchange.chunks]);
  const body = fullBody.byteLength > SHOWN_BODY_LIMIT ? fullBody.subarray(0, SHOWN_BODY_LIMIT) : fullBody;
  const truncated = body !== fullBody;
  const text = useMemo(() => decodeText(body), [body]);
  const json = useMemo(() => {
    if (text === null || !isJsonType(type)) return undefined;
    try {
      return { value: JSON.parse(text) as unknown };
    } catch {
      return undefined;
    }
  }, [text, type]);

  // The head is in but the app has not finished its body: a stream between two yields.
  const streaming = exchange.head !== undefined && exchange.endedAt === undefined;
  const waiting = streaming && (
    <p className="hint" role="status" data-testid="body-waiting">
      {fullBody.byteLength === 0
        ? "Waiting for the first chunk of the body…"
        : `Waiting for the next chunk (${fullBody.byteLength.toLocaleString("en")} bytes so far)…`}
    </p>
  );

  if (body.byteLength === 0)
    return (
      waiting || (
        <p className="empty" data-testid="response-body">
          (empty body)
        </p>
      )
    );

  const raw = (
    <pre className="body" data-testid="response-body" tabIndex={0}>
      {text ?? hexDump(body)}
    </pre>
  );
  let pretty = raw;
  if (json) {
    pretty = (
      <div className="json-tree" data-testid="json-tree">
        <JsonTree value={json.value} />
      </div>
    );
  } else if (text !== null && /(html|xml)/.test(type)) {
    pretty = (
      <pre className="body" data-testid="response-body" tabIndex={0}>
        {formatMarkup(text)}
      </pre>
    );
  }
  let preview = <p className="hint">No preview for {type || "this content"}.</p>;
  if (type.startsWith("image/")) preview = <ImagePreview body={body} type={type} />;
  else if (text !== null && type === "text/html")
    preview = (
      // No scripts, no same-origin access: the body cannot touch the playground.
      <iframe title="HTML preview of the response body" className="preview" sandbox="" srcDoc={text} data-testid="html-preview" />
    );

  return (
    <section className="body-view" aria-label="Response body">
      {truncated && (
        <p className="notice warning" data-testid="body-truncated">
          Showing the first {SHOWN_BODY_LIMIT / 1024} KB of {fullBody.byteLength.toLocaleString("en")} bytes.
        </p>
      )}
      <Tabs
        label="Body view"
        selected={view}
        onSelect={setView}
        tabs={[
          { id: "pretty", label: "pretty", content: pretty },
          { id: "raw", label: text === null ? "hex" : "raw", content: raw },
          { id: "preview", label: "preview", content: preview },
        ]}
      />
      {waiting}
    </section>
  );
}
