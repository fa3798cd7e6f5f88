/** A collapsible tree of a parsed JSON value; every object and array folds. */
export function JsonTree({ value, name }: { value: unknown; name?: string }) {
  const label = name !== undefined ? <span className="json-key">{JSON.stringify(name)}: </span> : null;
  if (value !== null && typeof value === "object") {
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
    return (
      <details open className="json-node">
        <summary>
          {label}
          {open}
          <span className="json-count">
            {" "}
            {entries.length} {Array.isArray(value) ? "items" : "keys"}{" "}
          </span>
        </summary>
        <div className="json-children">
          {entries.map(([key, child]) => (
            <JsonTree key={key} value={child} name={Array.isArray(value) ? undefined : key} />
          ))}
        </div>
        <span>{close}</span>
      </details>
    );
  }
  return (
    <div className="json-leaf">
      {label}
      <span className={`json-${value === null ? "null" : typeof value}`}>{JSON.stringify(value)}</span>
    </div>
  );
}
