import type { Exchange } from "../store/initial-state";
import { decodeText, hexDump } from "./body-text";
import { AddedBadge, HeadersFrame } from "./HeadersTable";

/**
 * The request exactly as the app received it: the request line, every header
 * in order (the ones the learner or the page sent, and the ones the client
 * added, marked), and the body.
 */
export function RequestView({ exchange }: { exchange: Exchange }) {
  const { request, requestSources } = exchange;
  // Sent by the request builder (it starts a chain), or by a fetch() in the page.
  const adder = exchange.chain ? "the client (as curl or a browser would)" : "the browser";
  const target = request.path + (request.query ? `?${request.query}` : "");
  const text = request.body ? decodeText(request.body) : null;
  return (
    <section className="request-view" aria-label="Request as the app received it" data-testid="request-view">
      <p className="request-line">
        <code data-testid="request-line">
          {request.method} {target} HTTP/1.1
        </code>
      </p>
      <HeadersFrame caption="Request headers in the order the app received them" testId="request-headers">
        {request.headers.map(([name, value], index) => {
          const added = requestSources?.[index] === "added";
          return (
            <tr key={index} className={added ? "added" : undefined} data-source={added ? "added" : "sent"}>
              <td className="index">{index + 1}</td>
              <td className="name">
                <span className="header-name">{name}</span>
                {added && (
                  <>
                    {" "}
                    <AddedBadge label={exchange.chain ? "client" : "browser"} note={`Added by ${adder}, not typed in the request.`} />
                  </>
                )}
              </td>
              <td className="value">
                <span className="header-value">{value}</span>
              </td>
            </tr>
          );
        })}
      </HeadersFrame>
      {request.body === null ? (
        <p className="empty">No body.</p>
      ) : (
        <pre className="body" data-testid="request-body" tabIndex={0}>
          {request.body.byteLength === 0 ? "(empty body)" : (text ?? hexDump(request.body))}
        </pre>
      )}
    </section>
  );
}
