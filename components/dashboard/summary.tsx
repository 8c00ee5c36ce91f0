import { getTranslations } from "next-intl/server";
import type { DashboardFigures } from "@/lib/server/dashboard";
import { DashboardSection, Figures } from "./dashboard-section";
import { dashboardFormat } from "./format";

/** The four figures at the top of the dashboard. */
export async function DashboardSummary({
  locale,
  openTotal,
  f,
}: {
  locale: string;
  openTotal: number;
  f: DashboardFigures;
}) {
  const t = await getTranslations("dashboard");
  const { n } = dashboardFormat(locale);
  return (
    <DashboardSection id="i-korthet" heading={t("summary.heading")} className="mt-6">
      <Figures
        className="grid-cols-2 sm:grid-cols-4"
        figures={(
          [
            ["open", openTotal],
            ["overdue", f.overdue.count],
            ["active", f.partnerships.active],
            ["followUpsOverdue", f.followUps.overdue],
          ] as const
        ).map(([key, value]) => ({ key, label: t(`summary.${key}`), value: n(value) }))}
      />
    </DashboardSection>
  );
}
