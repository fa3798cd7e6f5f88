import type { Header } from "../runtime/protocol";
import { explainHeader } from "./header-docs";
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

/** Every response header in the order the app sent it, explained; repeats (Set-Cookie) stay separate rows. */
export function HeadersTable({ headers }: { headers: Header[] }) {
  return (
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
        {headers.map(([name, value], index) => {
          const explanation = explainHeader(name);
          return (
            <tr key={index}>
              <td className="index">{index + 1}</td>
              <td className="name">{name}</td>
              <td className="value">
                <span className="header-value">{value}</span>
                {name.toLowerCase() === "set-cookie" && <SetCookieDetails value={value} />}
                {explanation && <div className="explanation">{explanation}</div>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
