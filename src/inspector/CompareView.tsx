import { useMemo } from "react";
import { useStore } from "../store";
import type { Exchange } from "../store/initial-state";
import { joinChunks } from "./body-text";
import { bodyForDiff, diffBodies, diffHeaders } from "./exchange-diff";

const bodyOf = (exchange: Exchange) => bodyForDiff(joinChunks(exchange.chunks));

/** Two exchanges side by side: status, headers row by row, body as a line diff. */
export function CompareView() {
  const [leftId, rightId] = useStore((s) => s.compare);
  const left = useStore((s) => (leftId ? s.exchanges[leftId] : undefined));
  const right = useStore((s) => (rightId ? s.exchanges[rightId] : undefined));
  const diff = useMemo(() => {
    if (!left?.head || !right?.head) return null;
    const [a, b] = [bodyOf(left), bodyOf(right)];
    return { headers: diffHeaders(left.head.headers, right.head.headers), body: diffBodies(a.text, b.text), pretty: a.pretty || b.pretty };
  }, [left, right]);
  if (!left || !right) return <p className="hint">Pick A and B in the list to compare two responses.</p>;
  if (!diff) return <p className="hint">Both exchanges need a response to compare.</p>;
  return (
    <section className="compare" aria-label="Comparison" data-testid="compare">
      <table className="compare-status">
        <tbody>
          <tr>
            <th scope="row">Status</th>
            <td>
              A: {left.head!.status} {left.head!.reason}
            </td>
            <td>
              B: {right.head!.status} {right.head!.reason}
            </td>
          </tr>
        </tbody>
      </table>
      <table className="headers compare-headers" data-testid="compare-headers">
        <thead>
          <tr>
            <th scope="col">Header</th>
            <th scope="col">A</th>
            <th scope="col">B</th>
          </tr>
        </thead>
        <tbody>
          {diff.headers.map((row, index) => (
            <tr key={index} className={`diff-${row.change}`} data-change={row.change}>
              <td>{row.name}</td>
              <td>{row.left ?? "—"}</td>
              <td>{row.right ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {diff.pretty && <p className="hint">JSON is pretty-printed before comparing, so each changed value is its own line.</p>}
      <pre className="body body-diff" data-testid="compare-body">
        {diff.body.map((part, index) => (
          <span key={index} className={`diff-${part.kind}`}>
            {part.text
              .replace(/\n$/, "")
              .split("\n")
              .map((line) => `${part.kind === "added" ? "+ " : part.kind === "removed" ? "- " : "  "}${line}`)
              .join("\n") + "\n"}
          </span>
        ))}
      </pre>
    </section>
  );
}
