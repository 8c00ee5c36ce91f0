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

export function CaseList(props: {
  caption: string;
  columns: Record<"number" | "subject" | "received" | "state", string>;
  rows: CaseListRow[];
}) {
  const cell = "border-b border-slate-300 py-2 pr-3 align-top";
  return (
    <table className="mt-2 w-full border-collapse text-left">
      <caption className="sr-only">{props.caption}</caption>
      <thead>
        <tr>
          {Object.values(props.columns).map((c) => (
            <th key={c} scope="col" className="border-b-2 border-slate-700 py-2 pr-3">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => (
          <tr key={r.id}>
            <th scope="row" className={`${cell} whitespace-nowrap font-normal`}>
              <Link href={{ pathname: "/staff/cases/[id]/documents", params: { id: r.id } }}>{r.number}</Link>
            </th>
            <td className={`${cell} break-words`}>{r.subject}</td>
            <td className={`${cell} whitespace-nowrap`}>{r.received}</td>
            <td className={cell}>{r.state}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
