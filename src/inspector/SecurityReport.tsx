import type { Header } from "../runtime/protocol";
import { gradeSecurityHeaders } from "./security-headers";

/** The response's security headers graded against OWASP's recommendations, with the Flask line for each gap. */
export function SecurityReport({ headers }: { headers: Header[] }) {
  const report = gradeSecurityHeaders(headers);
  return (
    <section className="security" aria-label="Security headers" data-testid="security-report">
      <p>
        Grade <strong data-testid="security-grade">{report.grade}</strong> against the OWASP Secure Headers Project. Add the missing ones in one{" "}
        <code>@app.after_request</code> function.
      </p>
      <ul>
        {report.checks.map((check) => (
          <li key={check.header} className={`security-${check.status}`} data-header={check.header}>
            <strong>{check.header}</strong>: {check.status}. {check.why}
            {check.status !== "present" && (
              <pre className="fix">
                <code>{check.fix}</code>
              </pre>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
