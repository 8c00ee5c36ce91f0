"use client";

import { DataTable } from "@/components/data-table";
import { Link } from "@/lib/i18n/navigation";

// The inbox's table of cases. A client component for what the browser is sent: Next.js embeds a
// server component's output in the page as markup (about 1.2 kB a row, beside the row's HTML), a
// client component's as its props (the row's texts). The server still renders the HTML, so the
// table and its checkboxes work without JavaScript; the page builds every text (app/[locale]/(staff)/staff/cases/page.tsx).

export interface InboxTableRow {
  id: string;
  number: string;
  /** The checkbox's label: "Select 2024/0042". */
  select: string;
  organisation: string;
  subject: string | null;
  step: string;
  daysInStep: number;
  overdue: boolean;
  assigned: string;
  received: string;
}

export type InboxTableTexts = Record<
  | "caption"
  | "bulkAssign"
  | "number"
  | "organisation"
  | "subject"
  | "step"
  | "daysInStep"
  | "overdueMark"
  | "assigned"
  | "received",
  string
>;

export function InboxTable({ rows, text }: { rows: InboxTableRow[]; text: InboxTableTexts }) {
  return (
    <DataTable
      caption={text.caption}
      className="mt-4"
      testId="inbox-table"
      stacked
      rows={rows}
      columns={[
        {
          head: <span className="sr-only">{text.bulkAssign}</span>,
          cell: (r) => (
            <input
              type="checkbox"
              name="ids"
              value={r.id}
              id={`pick-${r.id}`}
              aria-label={r.select}
              className="h-5 w-5"
            />
          ),
        },
        {
          head: text.number,
          cellClassName: "whitespace-nowrap",
          cell: (r) => <Link href={{ pathname: "/staff/cases/[id]", params: { id: r.id } }}>{r.number}</Link>,
        },
        { head: text.organisation, cellClassName: "break-words", cell: (r) => r.organisation },
        {
          head: text.subject,
          // Two lines at most; the whole text stays in the page for screen readers and on hover.
          cell: (r) => (
            <span className="line-clamp-2 break-words" title={r.subject ?? undefined}>
              {r.subject}
            </span>
          ),
        },
        { head: text.step, cell: (r) => r.step },
        {
          head: text.daysInStep,
          cellClassName: "whitespace-nowrap",
          cell: (r) => (
            <>
              {r.daysInStep}{" "}
              {r.overdue && (
                <strong className="ml-1 rounded bg-red-800 px-2 py-0.5 text-sm text-white">
                  {text.overdueMark}
                </strong>
              )}
            </>
          ),
        },
        { head: text.assigned, cell: (r) => r.assigned },
        { head: text.received, cellClassName: "whitespace-nowrap", cell: (r) => r.received },
      ]}
    />
  );
}
