import { SecondaryButton } from "@/components/form/buttons";

// Ended partnerships with a button each that makes the partnership's archive package (a POST).

export function PartnershipArchiveList(props: {
  caption: string;
  columns: { title: string; ended: string; archive: string };
  rows: { id: string; title: string; ended: string }[];
  submit: (title: string) => string;
  locale: string;
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
            <th scope="row" className={`${cell} break-words font-normal`}>
              {r.title}
            </th>
            <td className={`${cell} whitespace-nowrap`}>{r.ended}</td>
            <td className={cell}>
              <form method="post" action={`/api/staff/partnerships/${r.id}/archive`}>
                <input type="hidden" name="locale" value={props.locale} />
                <SecondaryButton type="submit" className="!px-3 !py-1 !text-base">
                  {props.submit(r.title)}
                </SecondaryButton>
              </form>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
