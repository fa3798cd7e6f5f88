import { useShallow } from "zustand/react/shallow";
import { useStore } from "../store";
import type { Exchange } from "../store/initial-state";

/** The hops of one send: each request and the status it got; pick one to inspect its raw response. */
export function RedirectChain({ exchange }: { exchange: Exchange }) {
  // useShallow: the selector builds a new array; compare its items, not its identity.
  const hops = useStore(
    useShallow((s) => (exchange.chain ? s.exchangeOrder.map((id) => s.exchanges[id]).filter((e) => e?.chain?.id === exchange.chain!.id) : [])),
  );
  const selectExchange = useStore((s) => s.selectExchange);
  if (hops.length < 2) return null;
  return (
    <nav className="redirect-chain" aria-label="Redirect chain">
      <ol data-testid="redirect-chain">
        {hops.map((hop) => (
          <li key={hop.id}>
            {hop.chain?.explanation && <div className="hop-why">{hop.chain.explanation}</div>}
            <button type="button" aria-current={hop.id === exchange.id} onClick={() => selectExchange(hop.id)}>
              {hop.request.method} {hop.request.path}
              {hop.request.query ? `?${hop.request.query}` : ""} → {hop.head ? `${hop.head.status} ${hop.head.reason}` : "…"}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
