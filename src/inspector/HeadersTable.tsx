import { Tip } from "../ui/Tip";
import { useState, type ReactNode } from "react";
import { useStore } from "../store";
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
/** Marks a header row that someone other than the sender added (the server, the client); `note` says who, also to screen readers. */
export function AddedBadge({ label, note }: { label: string; note: string }) {
  return (
    <span className="badge" title={note}>
      {label}
      <span className="sr-only">: {note}</span>
    </span>
  );
}

/** The frame of a headers table: a caption for screen readers, then #, Name and Value columns. */
export function HeadersFrame({ caption, testId, children }: { caption: string; testId: string; children: ReactNode }) {
  return (
    <table className="headers" data-testid={testId}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">Name</th>
          <th scope="col">Value</th>
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
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
  const explainAll = useStore((s) => s.settings.explainHeaders ?? false);
  const setExplainAll = useStore((s) => s.setExplainHeaders);
  const [opened, setOpened] = useState<ReadonlySet<number>>(new Set());
  const toggle = (index: number) =>
    setOpened((open) => {
      const next = new Set(open);
      if (!next.delete(index)) next.add(index);
      return next;
    });
  return (
    <>
      <p className="headers-tools">
        <button type="button" className="link" aria-pressed={explainAll} onClick={() => setExplainAll(!explainAll)}>
          {explainAll ? "Hide explanations" : "Explain every header"}
        </button>
      </p>
      {server && (
        <p className="hint headers-legend" data-testid="server-headers-legend">
          Rows marked <span className="badge">server</span> are what <code>flask run</code> (Werkzeug&apos;s development server) adds; the rest are
          exactly what your app sent.
          {server.interim.length > 0 &&
            ` Before this response it sends ${server.interim.map((line) => `“${line}”`).join(" and ")} (the request has Expect: 100-continue).`}
        </p>
      )}
      <HeadersFrame caption="Response headers in the order sent" testId="response-headers">
        {rows.map(({ name, value, addedBy, why }, index) => {
          const explanation = addedBy === "server" ? why : explainHeader(name);
          const shown = explainAll || opened.has(index);
          return (
            <tr key={index} className={addedBy === "server" ? "added" : undefined} data-added-by={addedBy}>
              <td className="index">{index + 1}</td>
              <td className="name">
                {explanation ? (
                  <Tip content={shown ? "Hide the explanation" : explanation}>
                    <button type="button" className="header-name" aria-expanded={shown} onClick={() => toggle(index)}>
                      {name}
                    </button>
                  </Tip>
                ) : (
                  name
                )}
                {addedBy === "server" && (
                  <>
                    {" "}
                    <AddedBadge label="server" note={SERVER_ADDED_NOTE} />
                  </>
                )}
              </td>
              <td className="value">
                <span className="header-value">{value}</span>
                {addedBy === "app" && name.toLowerCase() === "set-cookie" && <SetCookieDetails value={value} />}
                {explanation && shown && <div className="explanation">{explanation}</div>}
              </td>
            </tr>
          );
        })}
      </HeadersFrame>
    </>
  );
}
