import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { DashboardFigures } from "@/lib/server/dashboard";
import { DashboardTable } from "./dashboard-table";
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
    <section aria-labelledby="uppfoljningar" className="mt-10">
      <h2 id="uppfoljningar">{t("followUps.heading")}</h2>
      <dl className="mt-3 grid max-w-md grid-cols-2 gap-4">
        <div className="rounded border-2 border-slate-300 p-3" data-figure="followUpsDueSoon">
          <dt>{t("followUps.dueSoon")}</dt>
          <dd className="m-0 text-3xl font-bold">{n(figures.dueSoon)}</dd>
        </div>
        <div className="rounded border-2 border-slate-300 p-3" data-figure="followUpsOverdue">
          <dt>{t("followUps.overdue")}</dt>
          <dd className="m-0 text-3xl font-bold">{n(figures.overdue)}</dd>
        </div>
      </dl>
      <DashboardTable
        empty={t("followUps.none")}
        className="mt-4"
        tableClassName="max-w-4xl"
        caption={t("followUps.caption")}
        rows={figures.list}
        columns={[
          {
            head: t("followUps.partnership"),
            rowHeader: true,
            cell: (x) =>
              seesPartnerships ? (
                <Link
                  href={{
                    pathname: "/staff/partnerships/[id]/follow-ups",
                    params: { id: x.partnershipId },
                  }}
                >
                  {x.title}
                </Link>
              ) : (
                x.title
              ),
          },
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
    </section>
  );
}
