import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { DashboardFigures } from "@/lib/server/dashboard";
import { dashboardFormat, td, th } from "./format";

/** Active partnerships and those whose term ends soon. */
export async function EndingPartnerships({
  locale,
  partnerships,
  seesPartnerships,
}: {
  locale: string;
  partnerships: DashboardFigures["partnerships"];
  seesPartnerships: boolean;
}) {
  const t = await getTranslations("dashboard");
  const { date } = dashboardFormat(locale);
  return (
    <section aria-labelledby="samarbeten" className="mt-10">
      <h2 id="samarbeten">{t("partnerships.heading")}</h2>
      <p>{t("partnerships.active", { count: partnerships.active })}</p>
      <h3>{t("partnerships.endingHeading")}</h3>
      {partnerships.ending.length === 0 ? (
        <p>{t("partnerships.endingNone")}</p>
      ) : (
        <table className="mt-3 w-full max-w-3xl border-collapse text-left">
          <caption className="text-left font-semibold">{t("partnerships.caption")}</caption>
          <thead>
            <tr>
              <th scope="col" className={th}>
                {t("partnerships.title")}
              </th>
              <th scope="col" className={th}>
                {t("partnerships.endDate")}
              </th>
            </tr>
          </thead>
          <tbody>
            {partnerships.ending.map((p) => (
              <tr key={p.id}>
                <th scope="row" className={`${td} font-normal`}>
                  {seesPartnerships ? (
                    <Link href={{ pathname: "/staff/partnerships/[id]", params: { id: p.id } }}>
                      {p.title}
                    </Link>
                  ) : (
                    p.title
                  )}
                </th>
                <td className={td}>{date(p.endDate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
