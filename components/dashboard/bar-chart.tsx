import { DataTable } from "@/components/data-table";
import { DashboardSection } from "./dashboard-section";

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
      <DataTable
        dense
        tableProps={{ id }}
        caption={caption}
        showCaption
        rows={rows}
        rowKey={(r) => r.label}
        columns={[
          { head: head[0], rowHeader: true, cell: (r) => r.label },
          ...head.slice(1).map((h, i) => ({
            head: h,
            className: "text-right tabular-nums",
            cell: (r: BarRow) => r.cells[i],
          })),
        ]}
      />
    </div>
  );
}

/** A section of the dashboard with one chart; `sectionId` names the section by its heading. */
export function ChartSection({
  sectionId,
  heading,
  lead,
  ...chart
}: { sectionId: string; heading: string; lead?: string } & Parameters<typeof BarChart>[0]) {
  return (
    <DashboardSection id={sectionId} heading={heading}>
      {lead && <p>{lead}</p>}
      <BarChart {...chart} />
    </DashboardSection>
  );
}

/** Rows of a chart of counts: the bar's length and its one cell are the count. */
export const countRows = (pairs: [label: string, count: number][], n: (v: number) => string): BarRow[] =>
  pairs.map(([label, value]) => ({ label, value, cells: [n(value)] }));
