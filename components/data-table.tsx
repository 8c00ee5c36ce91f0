import type { HTMLAttributes, ReactNode } from "react";

// The one table of lists: a caption (for screen readers, or shown), column headings, and a row
// heading where one column names the row (WCAG 2.1 AA: 1.3.1). Wide tables scroll on their own.
// DataTable draws the rows from columns; TableFrame takes rows written by hand (totals, rows made
// by another component) under the same caption and headings.

export interface Column<R> {
  head: ReactNode;
  cell: (row: R) => ReactNode;
  /** This column names the row: its cells are row headings ("strong": in bold). */
  rowHeader?: boolean | "strong";
  /** Classes added to the column's heading and cells, such as right alignment for amounts. */
  className?: string;
  /** Classes added to the column's cells only, such as keeping a date on one line. */
  cellClassName?: string;
  /** A data-testid on each of the column's cells. */
  testId?: string;
}

/** The padding of a cell: "dense" is the look of the money, budget and dashboard tables. */
export const cellPad = (dense?: boolean) => (dense ? "py-1 pr-3" : "p-2");
/** The line under each row of the body. */
export const rowLine = "border-b border-slate-300 align-top";

const CAPTION = {
  hidden: "sr-only",
  shown: "text-left font-semibold",
  large: "text-left text-xl font-semibold",
  muted: "text-left text-slate-700 print:text-black",
};

export interface FrameProps {
  /** Left out only in printed documents whose section heading already names the table. */
  caption?: ReactNode;
  /** Shown above the table instead of only to screen readers ("large": as a heading, "muted": grey). */
  showCaption?: boolean | "large" | "muted";
  captionId?: string;
  /** The column headings, each with the classes of its column. */
  heads: { head: ReactNode; className?: string }[];
  dense?: boolean;
  /** Classes added to the scrolling area, such as a top margin. */
  className?: string;
  /** Classes added to the table, such as a largest width. */
  tableClassName?: string;
  /**
   * One block per row on narrow screens (`stack-table` in app/globals.css): each cell whose column
   * head is a text shows it before its value.
   */
  stacked?: boolean;
  /** A data-testid on the scrolling area. */
  testId?: string;
  /** The id of what names the table's scrolling area, which then takes keyboard focus. */
  regionLabelledBy?: string;
  /** The name of the scrolling area, where nothing on the page names it. */
  regionLabel?: string;
  tableProps?: HTMLAttributes<HTMLTableElement> & { "data-testid"?: string };
  /** Rows of a <tfoot>, such as a total. */
  foot?: ReactNode;
  children: ReactNode;
}

export function TableFrame(p: FrameProps) {
  const pad = cellPad(p.dense);
  const region = p.regionLabelledBy
    ? { "aria-labelledby": p.regionLabelledBy }
    : p.regionLabel
      ? { "aria-label": p.regionLabel }
      : null;
  return (
    <div
      className={p.className ? `overflow-x-auto ${p.className}` : "overflow-x-auto"}
      {...(p.testId && { "data-testid": p.testId })}
      {...(region && { tabIndex: 0, role: "region", ...region })}
    >
      <table
        className={[p.stacked && "stack-table", "w-full border-collapse text-left", p.tableClassName]
          .filter(Boolean)
          .join(" ")}
        {...p.tableProps}
      >
        {p.caption !== undefined && (
          <caption
            id={p.captionId}
            className={
              CAPTION[typeof p.showCaption === "string" ? p.showCaption : p.showCaption ? "shown" : "hidden"]
            }
          >
            {p.caption}
          </caption>
        )}
        <thead>
          <tr>
            {p.heads.map((h, i) => (
              <th
                key={i}
                scope="col"
                className={`border-b-2 border-slate-700 ${pad}${h.className ? ` ${h.className}` : ""}`}
              >
                {h.head}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{p.children}</tbody>
        {p.foot && <tfoot>{p.foot}</tfoot>}
      </table>
    </div>
  );
}

export function DataTable<R>({
  columns,
  rows,
  rowKey,
  rowProps,
  empty,
  ...frame
}: Omit<FrameProps, "heads" | "children"> & {
  columns: Column<R>[];
  rows: readonly R[];
  /** The row's React key; by default its id, else its place. */
  rowKey?: (row: R, index: number) => string;
  /** Attributes of a row, such as a data- attribute that tests look for or a background. */
  rowProps?: (row: R) => HTMLAttributes<HTMLTableRowElement> & Record<`data-${string}`, string>;
  /** Said instead of the table when there are no rows. */
  empty?: ReactNode;
}) {
  if (rows.length === 0 && empty !== undefined) return <p>{empty}</p>;
  const key = rowKey ?? ((r: R, i: number) => String((r as { id?: unknown }).id ?? i));
  const pad = cellPad(frame.dense);
  const extra = (c: Column<R>) => [c.className, c.cellClassName].map((x) => (x ? ` ${x}` : "")).join("");
  // Only the attributes a cell has: React's page data for the browser writes out every prop, even an
  // undefined one, and a table of 25 rows has hundreds of cells.
  const cellAttributes = (c: Column<R>) => ({
    ...(c.testId && { "data-testid": c.testId }),
    ...(frame.stacked && typeof c.head === "string" && { "data-label": c.head }),
  });
  return (
    <TableFrame {...frame} heads={columns}>
      {rows.map((r, i) => {
        const own = rowProps?.(r);
        return (
          <tr key={key(r, i)} {...own} className={own?.className ? `${rowLine} ${own.className}` : rowLine}>
            {columns.map((c, j) =>
              c.rowHeader ? (
                <th
                  key={j}
                  scope="row"
                  className={`${pad} ${c.rowHeader === "strong" ? "font-semibold" : "font-normal"}${extra(c)}`}
                >
                  {c.cell(r)}
                </th>
              ) : (
                <td key={j} className={`${pad}${extra(c)}`} {...cellAttributes(c)}>
                  {c.cell(r)}
                </td>
              ),
            )}
          </tr>
        );
      })}
    </TableFrame>
  );
}
