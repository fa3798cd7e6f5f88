import type { Exchange } from "../store/initial-state";
import { decodeText } from "./body-text";

/** A streamed body chunk by chunk, each with when it arrived after the status line. */
export function ChunkTimeline({ exchange }: { exchange: Exchange }) {
  if (exchange.chunks.length < 2 || exchange.headAt === undefined) return null;
  const start = exchange.headAt;
  return (
    <details className="chunks" open>
      <summary>
        Streamed in {exchange.chunks.length} chunks{exchange.endedAt === undefined ? " (still arriving…)" : ""}
      </summary>
      <ol data-testid="chunk-timeline">
        {exchange.chunks.map((chunk, index) => {
          const text = decodeText(chunk.bytes);
          return (
            <li key={index}>
              <span className="chunk-time">+{(chunk.at - start).toFixed(0)} ms</span> <span className="chunk-size">{chunk.bytes.byteLength} B</span>{" "}
              <code>{text !== null ? JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text) : "(binary)"}</code>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
