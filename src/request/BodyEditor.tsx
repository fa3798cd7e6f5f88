import { BODYLESS_METHODS } from "../bridge/wire-request";
import { validateJson, type BodyDraft, type BodyKind } from "./body-encoding";
import type { SentContentType } from "./send-request";

const KINDS: { kind: BodyKind; label: string }[] = [
  { kind: "none", label: "None" },
  { kind: "json", label: "JSON" },
  { kind: "form", label: "Form (urlencoded)" },
  { kind: "multipart", label: "Multipart" },
  { kind: "text", label: "Raw text" },
];

/** The request body by kind, with the Content-Type it will send shown. */
export function BodyEditor({
  method,
  body,
  contentType,
  onChange,
}: {
  method: string;
  body: BodyDraft;
  /** What the request will send (send-request.ts sentContentType), so the hint and the request never disagree. */
  contentType: SentContentType | null;
  onChange(body: BodyDraft): void;
}) {
  if (BODYLESS_METHODS.has(method)) {
    return <p className="hint">A {method} request has no body.</p>;
  }
  const jsonProblem = body.kind === "json" && body.text.trim() ? validateJson(body.text) : null;
  const setField = (index: number, patch: Partial<BodyDraft["fields"][number]>) =>
    onChange({ ...body, fields: body.fields.map((f, i) => (i === index ? { ...f, ...patch } : f)) });
  return (
    <div className="body-editor">
      <fieldset className="body-kinds">
        <legend>Body</legend>
        {KINDS.map(({ kind, label }) => (
          <label key={kind}>
            <input type="radio" name="body-kind" checked={body.kind === kind} onChange={() => onChange({ ...body, kind })} /> {label}
          </label>
        ))}
      </fieldset>
      {contentType && (
        <p className="hint" data-testid="body-content-type">
          Sends <code>Content-Type: {contentType.value}</code>
          {contentType.yours && (
            <>
              {" "}
              from your header
              {contentType.kindSends && contentType.kindSends !== contentType.value && (
                <>
                  {" "}
                  (instead of <code>{contentType.kindSends}</code>)
                </>
              )}
            </>
          )}
        </p>
      )}
      {(body.kind === "json" || body.kind === "text") && (
        <>
          <label className="sr-only" htmlFor="request-body">
            Request body
          </label>
          <textarea id="request-body" rows={5} spellCheck={false} value={body.text} onChange={(e) => onChange({ ...body, text: e.target.value })} />
          {jsonProblem && (
            <p className="notice warning" role="status">
              Not valid JSON: {jsonProblem}. It is sent as typed, so you can see how Flask reacts.
            </p>
          )}
        </>
      )}
      {(body.kind === "form" || body.kind === "multipart") && (
        <table className="form-fields">
          <tbody>
            {body.fields.map((field, index) => (
              <tr key={index}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Send field ${field.name || index + 1}`}
                    checked={field.enabled}
                    onChange={(e) => setField(index, { enabled: e.target.checked })}
                  />
                </td>
                <td>
                  <input aria-label={`Field ${index + 1} name`} value={field.name} onChange={(e) => setField(index, { name: e.target.value })} />
                </td>
                <td>
                  <input aria-label={`Field ${index + 1} value`} value={field.value} onChange={(e) => setField(index, { value: e.target.value })} />
                </td>
                <td>
                  <button
                    type="button"
                    aria-label={`Remove field ${field.name || index + 1}`}
                    onClick={() => onChange({ ...body, fields: body.fields.filter((_, i) => i !== index) })}
                  >
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td colSpan={4}>
                <button type="button" onClick={() => onChange({ ...body, fields: [...body.fields, { name: "", value: "", enabled: true }] })}>
                  Add field
                </button>
              </td>
            </tr>
          </tfoot>
        </table>
      )}
    </div>
  );
}
