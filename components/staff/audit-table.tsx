import { DataTable } from "@/components/data-table";
import type { FieldChanges } from "@/lib/domain/audit";

export interface AuditRow {
  id: bigint;
  when: string;
  who: string;
  entity: string;
  entityId: string;
  action: string;
  changes: FieldChanges;
}

const show = (v: unknown) =>
  v === null || v === undefined || v === "" ? "–" : typeof v === "string" ? v : JSON.stringify(v);

/** One row per change; each changed field as "field: before → after". */
export function AuditTable({
  rows,
  text,
}: {
  rows: AuditRow[];
  text: { caption: string; when: string; who: string; what: string; record: string; changes: string };
}) {
  return (
    // Focusable, so that keyboard users can scroll it too when a long value makes it wider than the screen.
    <DataTable
      className="mt-6"
      caption={text.caption}
      regionLabel={text.caption}
      rows={rows}
      columns={[
        { head: text.when, rowHeader: true, className: "whitespace-nowrap", cell: (r) => r.when },
        { head: text.who, cell: (r) => r.who },
        { head: text.what, cell: (r) => r.action },
        {
          head: text.record,
          cell: (r) => (
            <>
              {r.entity} <span className="font-mono text-sm break-all">{r.entityId}</span>
            </>
          ),
        },
        {
          head: text.changes,
          cell: (r) =>
            Object.keys(r.changes).length === 0 ? (
              "–"
            ) : (
              <ul>
                {Object.entries(r.changes).map(([field, c]) => (
                  <li key={field} className="wrap-anywhere">
                    <span className="font-semibold">{field}</span>: {show(c.from)} → {show(c.to)}
                  </li>
                ))}
              </ul>
            ),
        },
      ]}
    />
  );
}
