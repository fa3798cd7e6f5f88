import type { HeaderRow } from "../store/initial-state";

/** Header rows of the request: add, switch off, edit, remove. */
export function HeaderRowsEditor({ rows, onChange }: { rows: HeaderRow[]; onChange(rows: HeaderRow[]): void }) {
  const update = (index: number, patch: Partial<HeaderRow>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <div className="header-rows">
      <table>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Send header ${row.name || index + 1}`}
                  checked={row.enabled}
                  onChange={(e) => update(index, { enabled: e.target.checked })}
                />
              </td>
              <td>
                <input aria-label={`Header ${index + 1} name`} value={row.name} onChange={(e) => update(index, { name: e.target.value })} />
              </td>
              <td>
                <input aria-label={`Header ${index + 1} value`} value={row.value} onChange={(e) => update(index, { value: e.target.value })} />
              </td>
              <td>
                <button
                  type="button"
                  aria-label={`Remove header ${row.name || index + 1}`}
                  onClick={() => onChange(rows.filter((_, i) => i !== index))}
                >
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => onChange([...rows, { name: "", value: "", enabled: true }])}>
        Add header
      </button>
    </div>
  );
}
