import { useStore } from "../store";

const when = (expiresAt: number | null) => (expiresAt === null ? "end of session" : new Date(expiresAt).toUTCString());

/** The virtual host's cookies, as a browser would keep them; visible and clearable. */
export function CookieJarPanel() {
  const jar = useStore((s) => s.cookieJar);
  const setCookieJar = useStore((s) => s.setCookieJar);
  if (!jar.length) return <p className="hint">No cookies yet. A response's Set-Cookie lands here and is sent back on matching requests.</p>;
  return (
    <div className="cookie-jar">
      <table data-testid="cookie-jar">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Value</th>
            <th scope="col">Path</th>
            <th scope="col">Expires</th>
            <th scope="col">Flags</th>
            <th scope="col">
              <span className="sr-only">Delete</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {jar.map((cookie) => (
            <tr key={`${cookie.name};${cookie.path}`}>
              <td>{cookie.name}</td>
              <td>
                <code>{cookie.value}</code>
              </td>
              <td>{cookie.path}</td>
              <td>{when(cookie.expiresAt)}</td>
              <td>
                {[cookie.httpOnly && "HttpOnly", cookie.secure && "Secure", cookie.sameSite && `SameSite=${cookie.sameSite}`]
                  .filter(Boolean)
                  .join(" ")}
              </td>
              <td>
                <button type="button" aria-label={`Delete cookie ${cookie.name}`} onClick={() => setCookieJar(jar.filter((c) => c !== cookie))}>
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => setCookieJar([])}>
        Clear all cookies
      </button>
    </div>
  );
}
