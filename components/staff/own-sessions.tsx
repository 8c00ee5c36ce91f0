import { DataTable } from "@/components/data-table";
import { SecondaryButton } from "@/components/form/buttons";

export interface SessionRow {
  id: string;
  started: string;
  lastSeen: string;
  method: string;
  current: boolean;
}

/** The person's own sign-ins, each with a button that ends it, and one that ends all the others. */
export function OwnSessions({
  locale,
  rows,
  t,
}: {
  locale: string;
  rows: SessionRow[];
  t: (
    key: "caption" | "started" | "lastSeen" | "method" | "actions" | "current" | "end" | "endOthers",
  ) => string;
}) {
  return (
    <>
      <DataTable
        className="mt-4"
        caption={t("caption")}
        rows={rows}
        rowProps={(s) => ({ "data-session": s.current ? "current" : "other" })}
        columns={[
          { head: t("started"), cell: (s) => s.started },
          { head: t("lastSeen"), cell: (s) => s.lastSeen },
          { head: t("method"), cell: (s) => s.method },
          {
            head: t("actions"),
            cell: (s) =>
              s.current ? (
                <strong>{t("current")}</strong>
              ) : (
                <form method="post" action="/api/staff/account/sessions">
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="end" value={s.id} />
                  <SecondaryButton type="submit" className="!px-3 !py-1 !text-base">
                    {t("end")}
                    <span className="sr-only">: {s.started}</span>
                  </SecondaryButton>
                </form>
              ),
          },
        ]}
      />
      {rows.length > 1 && (
        <form method="post" action="/api/staff/account/sessions" className="mt-4">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="end" value="others" />
          <SecondaryButton type="submit">{t("endOthers")}</SecondaryButton>
        </form>
      )}
    </>
  );
}
