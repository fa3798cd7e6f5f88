import { useStore } from "../store";
import { BodyView } from "./BodyView";
import { HeadersTable } from "./HeadersTable";
import { StatusLine } from "./StatusLine";

/** What the app sent for the selected exchange: status line, headers in order, body. */
export function Inspector() {
  const exchange = useStore((s) => (s.selectedExchangeId ? s.exchanges[s.selectedExchangeId] : undefined));
  if (!exchange) {
    return (
      <section className="inspector" aria-label="Response inspector">
        <p className="empty">Send a request to see exactly what Flask sends back.</p>
      </section>
    );
  }
  return (
    <section
      className="inspector"
      aria-label="Response inspector"
      data-testid="inspector"
      data-exchange-id={exchange.id}
      data-complete={exchange.endedAt !== undefined}
    >
      <StatusLine exchange={exchange} />
      {exchange.error && (
        <p className="notice error" role="alert" data-testid="exchange-error">
          {exchange.error}
        </p>
      )}
      {exchange.browserNote && (
        <p className="notice warning" data-testid="browser-note">
          {exchange.browserNote}
        </p>
      )}
      {exchange.head && <HeadersTable headers={exchange.head.headers} />}
      {exchange.head && <BodyView exchange={exchange} />}
    </section>
  );
}
