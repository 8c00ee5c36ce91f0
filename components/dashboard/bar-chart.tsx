// A bar chart drawn with CSS, hidden from assistive technology, beside a visible table with the same
// figures: screen-reader users (and anyone who prefers numbers) read the table, with its caption and
// header cells, and lose nothing.

export interface BarRow {
  label: string;
  /** The length of the bar. */
  value: number;
  /** The table's cells after the label (the first is the value as shown). */
  cells: string[];
}

export function BarChart({
  id,
  caption,
  head,
  rows,
}: {
  id: string;
  caption: string;
  /** Column headers: the label column first. */
  head: string[];
  rows: BarRow[];
}) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <div className="mt-4 grid gap-6 lg:grid-cols-2">
      <div aria-hidden="true" className="space-y-1" data-chart={id}>
        {rows.map((r) => (
          <div key={r.label} className="grid grid-cols-[minmax(6rem,12rem)_1fr] items-center gap-2 text-sm">
            <span className="truncate">{r.label}</span>
            <span className="flex items-center gap-2">
              <span
                className="inline-block h-4 rounded-sm bg-green-800"
                style={{ width: `${(r.value / max) * 100}%`, minWidth: r.value > 0 ? "2px" : 0 }}
              />
              <span>{r.cells[0]}</span>
            </span>
          </div>
        ))}
      </div>
      <table className="w-full border-collapse text-left" id={id}>
        <caption className="text-left font-semibold">{caption}</caption>
        <thead>
          <tr>
            {head.map((h, i) => (
              <th
                key={h}
                scope="col"
                className={`border-b-2 border-slate-700 py-1 pr-3 ${i ? "text-right" : ""}`}
              >
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row" className="border-b border-slate-300 py-1 pr-3 font-normal">
                {r.label}
              </th>
              {r.cells.map((c, i) => (
                <td key={i} className="border-b border-slate-300 py-1 pr-3 text-right tabular-nums">
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
