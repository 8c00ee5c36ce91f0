import type { ReactNode } from "react";
import { DataTable, type FrameProps } from "@/components/data-table";

// A table inside a document (an agreement, a decision proposal, a report): its headings and rows
// come from the document's outline (lib/server/partnerships/agreement-document.ts and the like), so
// the columns are known only by their place. A row is never split over two printed pages.

export interface DocumentRow {
  cells: ReactNode[];
  /** A total: in bold. */
  total?: boolean;
}

export function DocumentTable({
  head,
  rows,
  rowHeader,
  lastColumn,
  ...frame
}: Omit<FrameProps, "heads" | "children" | "dense"> & {
  head: ReactNode[];
  rows: readonly DocumentRow[];
  /** The first cell of each row names the row. */
  rowHeader?: boolean;
  /** Classes of the last column, such as right alignment for amounts. */
  lastColumn?: string;
}) {
  const last = head.length - 1;
  return (
    <DataTable
      dense
      {...frame}
      rows={rows}
      rowProps={(r) => ({
        className: r.total ? "font-semibold print:break-inside-avoid" : "print:break-inside-avoid",
      })}
      columns={head.map((h, j) => ({
        head: h,
        rowHeader: rowHeader && j === 0,
        className: j === last && j > 0 ? lastColumn : undefined,
        cell: (r: DocumentRow) => r.cells[j],
      }))}
    />
  );
}
