import type { Exchange } from "../store/initial-state";
import { describeStatus } from "./status-docs";

/** "HTTP/1.1 201 CREATED", coloured by class, what it means, which path answered and how long it took. */
export function StatusLine({ exchange }: { exchange: Exchange }) {
  const { head } = exchange;
  const size = exchange.chunks.reduce((sum, c) => sum + c.bytes.byteLength, 0);
  const done = exchange.endedAt ?? exchange.headAt;
  const took = done !== undefined ? `${(done - exchange.startedAt).toFixed(1)} ms` : "…";
  return (
    <div className="status-block">
      <div className="status-line">
        {head ? (
          <span className={`status status-${Math.floor(head.status / 100)}xx`} data-testid="status">
            HTTP/1.1 {head.status} {head.reason}
          </span>
        ) : (
          <span className="status status-none" data-testid="status">
            {exchange.error ? "No response" : "Waiting…"}
          </span>
        )}
        <span className="meta" data-testid="exchange-meta">
          {exchange.request.method} {exchange.request.path}
          {exchange.request.query ? `?${exchange.request.query}` : ""} · <span data-testid="body-size">{size} bytes</span> ·{" "}
          <span data-testid="took">{took}</span> ·{" "}
          <span data-testid="answered-by">
            {exchange.via === "service-worker" ? "answered through the service worker (msw)" : "answered directly by the runtime (no service worker)"}
          </span>
        </span>
      </div>
      {head && (
        <p className="status-meaning" data-testid="status-meaning">
          {describeStatus(head.status).meaning}
        </p>
      )}
    </div>
  );
}
