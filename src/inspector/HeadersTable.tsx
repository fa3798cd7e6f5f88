import type { Header } from "../runtime/protocol";
import { explainHeader } from "./header-docs";
import { SERVER_ADDED_NOTE, type DevServerHead, type WireHeader } from "./server-headers";
import { parseSetCookie } from "./set-cookie";

function SetCookieDetails({ value }: { value: string }) {
  const cookie = parseSetCookie(value);
  return (
    <dl className="set-cookie" data-testid="set-cookie-parsed">
      <dt>cookie</dt>
      <dd>
        <code>{cookie.name}</code> = <code>{cookie.value || "(empty)"}</code>
      </dd>
      {cookie.attributes.map((attribute, index) => (
        <div key={index} className="attr">
          <dt>{attribute.name}</dt>
          <dd>{attribute.value ?? "✓"}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The "server" badge: what it means is in its tooltip and, for screen readers, in its text. */
function ServerBadge() {
  return (
    <span className="badge server-badge" title={SERVER_ADDED_NOTE}>
      server<span className="sr-only">: {SERVER_ADDED_NOTE}</span>
    </span>
  );
}

/**
 * Every response header in the order sent, explained; repeats (Set-Cookie)
 * stay separate rows. With `server`, the rows are the response as `flask run`
 * sends it: the headers Werkzeug's development server adds are muted rows
 * marked "server", in their places around the app's own headers.
 */
export function HeadersTable({ headers, server }: { headers: Header[]; server?: DevServerHead }) {
  const rows: WireHeader[] = server?.headers ?? headers.map(([name, value]) => ({ name, value, addedBy: "app" }));
  return (
    <>
      {server && (
        <p className="hint headers-legend" data-testid="server-headers-legend">
          Rows marked <span className="badge server-badge">server</span> are what <code>flask run</code> (Werkzeug&apos;s development server) adds; the rest are
          exactly what your app sent.
          {server.interim.length > 0 &&
            ` Before this response it sends ${server.interim.map((line) => `“${line}”`).join(" and ")} (the request has Expect: 100-continue).`}
        </p>
      )}
      <table className="headers" data-testid="response-headers">
        <caption className="sr-only">Response headers in the order sent</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Name</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ name, value, addedBy, why }, index) => {
            const explanation = addedBy === "server" ? why : explainHeader(name);
            return (
              <tr key={index} className={addedBy === "server" ? "server-added" : undefined} data-added-by={addedBy}>
                <td className="index">{index + 1}</td>
                <td className="name">
                  {name}
                  {addedBy === "server" && <> <ServerBadge /></>}
                </td>
                <td className="value">
                  <span className="header-value">{value}</span>
                  {addedBy === "app" && name.toLowerCase() === "set-cookie" && <SetCookieDetails value={value} />}
                  {explanation && <div className="explanation">{explanation}</div>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
