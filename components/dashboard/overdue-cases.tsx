import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { DashboardFigures } from "@/lib/server/dashboard";
import { DashboardTable } from "./dashboard-table";
import { DashboardSection, nameColumn } from "./dashboard-section";
import { dashboardFormat } from "./format";

/** How many open cases are past their step's time, and which, for those who may open cases. */
export async function OverdueCases({
  locale,
  overdue,
  seesCases,
}: {
  locale: string;
  overdue: DashboardFigures["overdue"];
  seesCases: boolean;
}) {
  const t = await getTranslations("dashboard");
  const steps = await getTranslations("steps");
  const { n } = dashboardFormat(locale);
  return (
    <DashboardSection id="forsenade" heading={t("overdue.heading")}>
      <p>{t("overdue.lead", { count: overdue.count })}</p>
      {seesCases && overdue.cases.length > 0 && (
        <>
          <DashboardTable
            caption={t("overdue.caption")}
            rows={overdue.cases}
            columns={[
              nameColumn<(typeof overdue.cases)[number]>(
                t("overdue.number"),
                true,
                (c) => ({ pathname: "/staff/cases/[id]", params: { id: c.id } }),
                (c) => c.registrationNumber,
              ),
              { head: t("overdue.step"), cell: (c) => steps(`${c.step}.name`) },
              { head: t("overdue.days"), className: "text-right tabular-nums", cell: (c) => n(c.days) },
            ]}
          />
          <p>
            <Link
              href={{ pathname: "/staff/cases", query: { status: "OPEN", overdue: "1", sort: "oldest" } }}
            >
              {t("overdue.more")}
            </Link>
          </p>
        </>
      )}
    </DashboardSection>
  );
}
