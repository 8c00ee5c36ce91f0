import { DataTable } from "@/components/data-table";
import { Link } from "@/lib/i18n/navigation";

// Cases as a table for the registrar: registration number (a link to the case's documents),
// subject, date received and state.

export interface CaseListRow {
  id: string;
  number: string;
  subject: string;
  received: string;
  state: string;
}

export function CaseList({
  columns,
  ...table
}: {
  caption: string;
  columns: Record<"number" | "subject" | "received" | "state", string>;
  rows: CaseListRow[];
}) {
  return (
    <DataTable
      {...table}
      columns={[
        {
          head: columns.number,
          rowHeader: true,
          className: "whitespace-nowrap",
          cell: (r) => (
            <Link href={{ pathname: "/staff/cases/[id]/documents", params: { id: r.id } }}>{r.number}</Link>
          ),
        },
        { head: columns.subject, className: "break-words", cell: (r) => r.subject },
        { head: columns.received, className: "whitespace-nowrap", cell: (r) => r.received },
        { head: columns.state, cell: (r) => r.state },
      ]}
    />
  );
}
