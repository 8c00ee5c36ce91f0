import { DataTable } from "@/components/data-table";
import { SecondaryButton } from "@/components/form/buttons";

// Ended partnerships with a button each that makes the partnership's archive package (a POST).

export function PartnershipArchiveList(props: {
  caption: string;
  columns: { title: string; ended: string; archive: string };
  rows: { id: string; title: string; ended: string }[];
  submit: (title: string) => string;
  locale: string;
}) {
  const { columns } = props;
  return (
    <DataTable
      caption={props.caption}
      rows={props.rows}
      columns={[
        { head: columns.title, rowHeader: true, className: "break-words", cell: (r) => r.title },
        { head: columns.ended, className: "whitespace-nowrap", cell: (r) => r.ended },
        {
          head: columns.archive,
          cell: (r) => (
            <form method="post" action={`/api/staff/partnerships/${r.id}/archive`}>
              <input type="hidden" name="locale" value={props.locale} />
              <SecondaryButton type="submit" className="!px-3 !py-1 !text-base">
                {props.submit(r.title)}
              </SecondaryButton>
            </form>
          ),
        },
      ]}
    />
  );
}
