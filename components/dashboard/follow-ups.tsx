import { getTranslations } from "next-intl/server";
import type { DashboardFigures } from "@/lib/server/dashboard";
import { DashboardTable } from "./dashboard-table";
import { DashboardSection, Figures, nameColumn } from "./dashboard-section";
import { dashboardFormat } from "./format";

/** Follow-ups due soon and overdue, with the list of them. */
export async function DashboardFollowUps({
  locale,
  followUps: figures,
  seesPartnerships,
}: {
  locale: string;
  followUps: DashboardFigures["followUps"];
  seesPartnerships: boolean;
}) {
  const t = await getTranslations("dashboard");
  const followUps = await getTranslations("followUps");
  const { n, date } = dashboardFormat(locale);
  return (
    <DashboardSection id="uppfoljningar" heading={t("followUps.heading")}>
      <Figures
        className="max-w-md grid-cols-2"
        figures={(["dueSoon", "overdue"] as const).map((key) => ({
          key: key === "dueSoon" ? "followUpsDueSoon" : "followUpsOverdue",
          label: t(`followUps.${key}`),
          value: n(figures[key]),
        }))}
      />
      <DashboardTable
        empty={t("followUps.none")}
        className="mt-4"
        tableClassName="max-w-4xl"
        caption={t("followUps.caption")}
        rows={figures.list}
        columns={[
          nameColumn<(typeof figures.list)[number]>(
            t("followUps.partnership"),
            seesPartnerships,
            (x) => ({ pathname: "/staff/partnerships/[id]/follow-ups", params: { id: x.partnershipId } }),
            (x) => x.title,
          ),
          { head: t("followUps.date"), cell: (x) => date(x.dueDate) },
          { head: t("followUps.kind"), cell: (x) => followUps(`kinds.${x.kind}` as "kinds.TALK") },
          {
            head: t("followUps.state"),
            cell: (x) =>
              x.overdue ? (
                <strong className="text-red-800">{t("followUps.isOverdue")}</strong>
              ) : (
                t("followUps.upcoming")
              ),
          },
        ]}
      />
    </DashboardSection>
  );
}
