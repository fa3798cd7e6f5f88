import { useStore } from "../store";
import { CompareView } from "./CompareView";
import { bodyPreview, sentAt, statusText } from "./history-row";
import { describeOlderApp, olderAppLabel } from "./older-app";

/** This session's exchanges, newest first; pick any two to compare. */
export function HistoryPanel() {
  const order = useStore((s) => s.exchangeOrder);
  const exchanges = useStore((s) => s.exchanges);
  const selected = useStore((s) => s.selectedExchangeId);
  const compare = useStore((s) => s.compare);
  const selectExchange = useStore((s) => s.selectExchange);
  const setCompare = useStore((s) => s.setCompare);
  if (!order.length) return <p className="hint">No requests yet in this session.</p>;
  return (
    <div className="history">
      <table data-testid="history">
        <thead>
          <tr>
            <th scope="col">Request</th>
            <th scope="col">Sent</th>
            <th scope="col">Status</th>
            <th scope="col">Body</th>
            <th scope="col">A</th>
            <th scope="col">B</th>
          </tr>
        </thead>
        <tbody>
          {[...order].reverse().map((id, index) => {
            const exchange = exchanges[id];
            const label = `${exchange.request.method} ${exchange.request.path}${exchange.request.query ? `?${exchange.request.query}` : ""}`;
            return (
              <tr key={id} aria-selected={id === selected}>
                <td>
                  <button type="button" className="link" onClick={() => selectExchange(id)}>
                    #{order.length - index} {label}
                  </button>
                </td>
                <td className="history-time">{sentAt(exchange)}</td>
                <td>
                  {statusText(exchange)}
                  {exchange.olderApp && (
                    <span className="badge older-app-badge" data-testid="history-older-app" title={describeOlderApp(exchange.olderApp)}>
                      {olderAppLabel(exchange.olderApp)}
                      <span className="sr-only">: {describeOlderApp(exchange.olderApp)}</span>
                    </span>
                  )}
                </td>
                <td className="history-preview">{bodyPreview(exchange)}</td>
                <td>
                  <input
                    type="radio"
                    name="compare-a"
                    aria-label={`Compare #${order.length - index} as A`}
                    checked={compare[0] === id}
                    onChange={() => setCompare(0, id)}
                  />
                </td>
                <td>
                  <input
                    type="radio"
                    name="compare-b"
                    aria-label={`Compare #${order.length - index} as B`}
                    checked={compare[1] === id}
                    onChange={() => setCompare(1, id)}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <CompareView />
    </div>
  );
}
