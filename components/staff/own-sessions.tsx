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
      <div className="mt-4 overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t("caption")}</caption>
          <thead>
            <tr className="border-b-2 border-slate-700">
              <th scope="col" className="p-2">
                {t("started")}
              </th>
              <th scope="col" className="p-2">
                {t("lastSeen")}
              </th>
              <th scope="col" className="p-2">
                {t("method")}
              </th>
              <th scope="col" className="p-2">
                {t("actions")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => (
              <tr
                key={s.id}
                className="border-b border-slate-300"
                data-session={s.current ? "current" : "other"}
              >
                <td className="p-2">{s.started}</td>
                <td className="p-2">{s.lastSeen}</td>
                <td className="p-2">{s.method}</td>
                <td className="p-2">
                  {s.current ? (
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
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
