import { getTranslations } from "next-intl/server";
import type { DashboardFigures } from "@/lib/server/dashboard";
import { DashboardTable } from "./dashboard-table";
import { DashboardSection, nameColumn } from "./dashboard-section";
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
    <DashboardSection id="samarbeten" heading={t("partnerships.heading")}>
      <p>{t("partnerships.active", { count: partnerships.active })}</p>
      <h3>{t("partnerships.endingHeading")}</h3>
      <DashboardTable
        empty={t("partnerships.endingNone")}
        caption={t("partnerships.caption")}
        rows={partnerships.ending}
        columns={[
          nameColumn<(typeof partnerships.ending)[number]>(
            t("partnerships.title"),
            seesPartnerships,
            (p) => ({ pathname: "/staff/partnerships/[id]", params: { id: p.id } }),
            (p) => p.title,
          ),
          { head: t("partnerships.endDate"), cell: (p) => date(p.endDate) },
        ]}
      />
    </DashboardSection>
  );
}
