import type { ReactNode } from "react";

// The one table of lists in the staff pages: a caption for screen readers, column headings, and a
// row heading where one column names the row (WCAG 2.1 AA: 1.3.1). Wide tables scroll on their own.

export interface Column<R> {
  head: ReactNode;
  cell: (row: R) => ReactNode;
  /** This column names the row: its cells are row headings. */
  rowHeader?: boolean;
  /** Classes added to the column's heading and cells, such as right alignment for amounts. */
  className?: string;
}

const PAD = { normal: "p-2", dense: "py-1 pr-3" } as const;

export function DataTable<R>({
  caption,
  columns,
  rows,
  rowKey,
  empty,
  dense,
  regionLabelledBy,
}: {
  caption: string;
  columns: Column<R>[];
  rows: readonly R[];
  rowKey: (row: R, index: number) => string;
  /** Said instead of the table when there are no rows. */
  empty?: ReactNode;
  /** The denser look of the money page. */
  dense?: boolean;
  /** The id of the heading that names the table's scrolling area, which then takes keyboard focus. */
  regionLabelledBy?: string;
}) {
  if (rows.length === 0 && empty !== undefined) return <p>{empty}</p>;
  const pad = PAD[dense ? "dense" : "normal"];
  const extra = (c: Column<R>) => (c.className ? ` ${c.className}` : "");
  return (
    <div
      className="overflow-x-auto"
      {...(regionLabelledBy && { tabIndex: 0, role: "region", "aria-labelledby": regionLabelledBy })}
    >
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col" className={`border-b-2 border-slate-700 ${pad}${extra(c)}`}>
                {c.head}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={rowKey(r, i)} className="border-b border-slate-300 align-top">
              {columns.map((c, j) =>
                c.rowHeader ? (
                  <th key={j} scope="row" className={`${pad} font-normal${extra(c)}`}>
                    {c.cell(r)}
                  </th>
                ) : (
                  <td key={j} className={`${pad}${extra(c)}`}>
                    {c.cell(r)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
