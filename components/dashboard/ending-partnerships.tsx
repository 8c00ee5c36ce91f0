import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { DashboardFigures } from "@/lib/server/dashboard";
import { DashboardTable } from "./dashboard-table";
import { dashboardFormat } from "./format";

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
      <DashboardTable
        empty={t("partnerships.endingNone")}
        caption={t("partnerships.caption")}
        rows={partnerships.ending}
        columns={[
          {
            head: t("partnerships.title"),
            rowHeader: true,
            cell: (p) =>
              seesPartnerships ? (
                <Link href={{ pathname: "/staff/partnerships/[id]", params: { id: p.id } }}>{p.title}</Link>
              ) : (
                p.title
              ),
          },
          { head: t("partnerships.endDate"), cell: (p) => date(p.endDate) },
        ]}
      />
    </section>
  );
}
