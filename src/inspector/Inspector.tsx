import { useEffect, useState } from "react";
import { useStore } from "../store";
import { Tabs } from "../ui/Tabs";
import { BodyView } from "./BodyView";
import { ChunkTimeline } from "./ChunkTimeline";
import { CopyActions } from "./CopyActions";
import { devServerHeadOf } from "./dev-server-view";
import { HeadersTable } from "./HeadersTable";
import { HistoryPanel } from "./HistoryPanel";
import { describeOlderApp } from "./older-app";
import { PitfallList } from "./PitfallList";
import { RedirectChain } from "./RedirectChain";
import { RequestView } from "./RequestView";
import { SecurityReport } from "./SecurityReport";
import { StatusLine } from "./StatusLine";

function ResponseView() {
  const exchange = useStore((s) => (s.selectedExchangeId ? s.exchanges[s.selectedExchangeId] : undefined));
  const [part, setPart] = useState("body");
  const shown = exchange?.head !== undefined && exchange.endedAt !== undefined;
  useEffect(() => {
    // For the benchmark (bench/): when the page load's first response was on screen.
    if (shown && performance.getEntriesByName("first-response").length === 0) performance.mark("first-response");
  }, [shown]);
  if (!exchange) return <p className="empty">Send a request to see exactly what Flask sends back.</p>;
  return (
    <div data-testid="inspector" data-exchange-id={exchange.id} data-complete={exchange.endedAt !== undefined}>
      <RedirectChain exchange={exchange} />
      <StatusLine exchange={exchange} />
      {exchange.olderApp && (
        <p className="notice warning older-app" data-testid="older-app">
          {describeOlderApp(exchange.olderApp)}
        </p>
      )}
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
      <PitfallList exchange={exchange} />
      <CopyActions exchange={exchange} />
      {exchange.head && (
        <Tabs
          label="Response parts"
          selected={part}
          onSelect={setPart}
          tabs={[
            {
              id: "body",
              label: "Body",
              content: (
                <>
                  <ChunkTimeline exchange={exchange} />
                  <BodyView exchange={exchange} />
                </>
              ),
            },
            { id: "request", label: "Request", content: <RequestView exchange={exchange} /> },
            { id: "security", label: "Security", content: <SecurityReport headers={exchange.head.headers} /> },
          ]}
        />
      )}
      {/* After the body, so a send shows the body without scrolling; each header's explanation opens on demand. */}
      {exchange.head && <HeadersTable key={exchange.id} headers={exchange.head.headers} server={devServerHeadOf(exchange)} />}
    </div>
  );
}

/** What the app sent: the selected exchange in full, or this session's history. */
export function Inspector() {
  const [view, setView] = useState("response");
  const count = useStore((s) => s.exchangeOrder.length);
  return (
    <section className="inspector" aria-label="Response inspector">
      <Tabs
        label="Inspector"
        selected={view}
        onSelect={setView}
        tabs={[
          { id: "response", label: "Response", content: <ResponseView /> },
          { id: "history", label: `History (${count})`, content: <HistoryPanel /> },
        ]}
      />
    </section>
  );
}
