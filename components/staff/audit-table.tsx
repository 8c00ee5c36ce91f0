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
    <div className="mt-6 overflow-x-auto" tabIndex={0} role="region" aria-label={text.caption}>
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{text.caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-700">
            {[text.when, text.who, text.what, text.record, text.changes].map((h) => (
              <th key={h} scope="col" className="p-2">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={String(r.id)} className="border-b border-slate-300 align-top">
              <th scope="row" className="p-2 font-normal whitespace-nowrap">
                {r.when}
              </th>
              <td className="p-2">{r.who}</td>
              <td className="p-2">{r.action}</td>
              <td className="p-2">
                {r.entity} <span className="font-mono text-sm break-all">{r.entityId}</span>
              </td>
              <td className="p-2">
                {Object.keys(r.changes).length === 0 ? (
                  "–"
                ) : (
                  <ul>
                    {Object.entries(r.changes).map(([field, c]) => (
                      <li key={field} className="wrap-anywhere">
                        <span className="font-semibold">{field}</span>: {show(c.from)} → {show(c.to)}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
