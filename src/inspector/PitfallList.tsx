import { useMemo } from "react";
import type { Exchange } from "../store/initial-state";
import { joinChunks } from "./body-text";
import { findPitfalls } from "./pitfalls";

/** Warnings for the mistakes learners make with responses. */
export function PitfallList({ exchange }: { exchange: Exchange }) {
  const pitfalls = useMemo(
    () =>
      exchange.head && exchange.endedAt !== undefined
        ? findPitfalls({
            status: exchange.head.status,
            headers: exchange.head.headers,
            body: joinChunks(exchange.chunks),
            method: exchange.request.method,
          })
        : [],
    [exchange],
  );
  if (!pitfalls.length) return null;
  return (
    <ul className="pitfalls" data-testid="pitfalls" aria-label="Warnings">
      {pitfalls.map((pitfall) => (
        <li key={pitfall.id} className={`notice ${pitfall.severity === "error" ? "error" : "warning"}`} data-pitfall={pitfall.id}>
          <strong>{pitfall.title}</strong> {pitfall.detail}
          <div className="pitfall-evidence">Triggered by: {pitfall.evidence}</div>
        </li>
      ))}
    </ul>
  );
}
