import type { Header } from "../runtime/protocol";

/** Every response header in the order the app sent it; repeats (Set-Cookie) stay separate rows. */
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
        {headers.map(([name, value], index) => (
          <tr key={index}>
            <td className="index">{index + 1}</td>
            <td className="name">{name}</td>
            <td className="value">{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
