import { getTranslations } from "next-intl/server";
import type { DashboardFigures } from "@/lib/server/dashboard";
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
    <section aria-labelledby="i-korthet" className="mt-6">
      <h2 id="i-korthet">{t("summary.heading")}</h2>
      <dl className="mt-3 grid grid-cols-2 gap-4 sm:grid-cols-4">
        {(
          [
            ["open", openTotal],
            ["overdue", f.overdue.count],
            ["active", f.partnerships.active],
            ["followUpsOverdue", f.followUps.overdue],
          ] as const
        ).map(([key, value]) => (
          <div key={key} className="rounded border-2 border-slate-300 p-3" data-figure={key}>
            <dt>{t(`summary.${key}`)}</dt>
            <dd className="m-0 text-3xl font-bold">{n(value)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
