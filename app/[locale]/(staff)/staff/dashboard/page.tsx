import { getTranslations } from "next-intl/server";
import { BarChart } from "@/components/dashboard/bar-chart";
import { EndingPartnerships } from "@/components/dashboard/ending-partnerships";
import { DashboardFollowUps } from "@/components/dashboard/follow-ups";
import { dashboardFormat } from "@/components/dashboard/format";
import { OverdueCases } from "@/components/dashboard/overdue-cases";
import { DashboardSummary } from "@/components/dashboard/summary";
import { DashboardMoney } from "@/components/money/dashboard-money";
import { can } from "@/lib/domain/permissions";
import { STEPS } from "@/lib/domain/steps";
import { THEMES } from "@/lib/domain/themes";
import { COLLABORATION_FORMS, dashboardFigures } from "@/lib/server/dashboard";
import { getWorkflowSettings } from "@/lib/server/workflow-settings";
import { openStaffPage, staffMetadata } from "@/lib/server/staff/page";

type Props = PageProps<"/[locale]/staff/dashboard">;

export const generateMetadata = staffMetadata("dashboard.title");

export default async function DashboardPage({ params }: Props) {
  const { user, locale } = await openStaffPage(params, "viewDashboard", "/staff/dashboard");
  const t = await getTranslations("dashboard");
  const steps = await getTranslations("steps");
  const home = await getTranslations("home");
  const staff = await getTranslations("staff");
  const f = await dashboardFigures(await getWorkflowSettings());
  const { n, month } = dashboardFormat(locale);
  // Links to cases only for those who may open them; the figures themselves hold no personal data.
  const seesCases = can(user.roles, "viewAllCases");
  const seesPartnerships = can(user.roles, "viewPartnerships");
  const openTotal = STEPS.reduce((sum, s) => sum + f.openPerStep[s], 0);

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="text-lg">{t("lead")}</p>

      <DashboardSummary locale={locale} openTotal={openTotal} f={f} />

      <section aria-labelledby="per-steg" className="mt-10">
        <h2 id="per-steg">{t("perStep.heading")}</h2>
        <BarChart
          id="table-per-step"
          caption={t("perStep.caption")}
          head={[t("perStep.step"), t("count")]}
          rows={STEPS.map((s) => ({
            label: steps(`${s}.name`),
            value: f.openPerStep[s],
            cells: [n(f.openPerStep[s])],
          }))}
        />
      </section>

      <section aria-labelledby="tid-per-steg" className="mt-10">
        <h2 id="tid-per-steg">{t("daysPerStep.heading")}</h2>
        <p>{t("daysPerStep.lead")}</p>
        <BarChart
          id="table-days-per-step"
          caption={t("daysPerStep.caption")}
          head={[t("daysPerStep.step"), t("daysPerStep.median"), t("daysPerStep.stays")]}
          rows={STEPS.map((s) => {
            const d = f.daysPerStep[s];
            return {
              label: steps(`${s}.name`),
              value: d.median ?? 0,
              cells: [d.median === null ? t("daysPerStep.noData") : n(d.median), n(d.stays)],
            };
          })}
        />
      </section>

      <OverdueCases locale={locale} overdue={f.overdue} seesCases={seesCases} />

      <section aria-labelledby="per-tema" className="mt-10">
        <h2 id="per-tema">{t("perTheme.heading")}</h2>
        <BarChart
          id="table-per-theme"
          caption={t("perTheme.caption")}
          head={[t("perTheme.theme"), t("count")]}
          rows={THEMES.map((theme) => ({
            label: home(`themes.${theme}`),
            value: f.perTheme[theme],
            cells: [n(f.perTheme[theme])],
          }))}
        />
      </section>

      <section aria-labelledby="per-manad" className="mt-10">
        <h2 id="per-manad">{t("perMonth.heading")}</h2>
        <BarChart
          id="table-per-month"
          caption={t("perMonth.caption")}
          head={[t("perMonth.month"), t("count")]}
          rows={f.perMonth.map((m) => ({ label: month(m.month), value: m.count, cells: [n(m.count)] }))}
        />
      </section>

      <section aria-labelledby="beslut" className="mt-10">
        <h2 id="beslut">{t("decisions.heading")}</h2>
        <BarChart
          id="table-decisions"
          caption={t("decisions.caption")}
          head={[t("decisions.decision"), t("count")]}
          rows={[
            ...COLLABORATION_FORMS.map((form) => ({
              label: t("decisions.granted", { form: staff(`recommended.${form}`) }),
              value: f.decisions.granted[form],
              cells: [n(f.decisions.granted[form])],
            })),
            {
              label: t("decisions.declined"),
              value: f.decisions.declined,
              cells: [n(f.decisions.declined)],
            },
          ]}
        />
      </section>

      <EndingPartnerships locale={locale} partnerships={f.partnerships} seesPartnerships={seesPartnerships} />

      <DashboardFollowUps locale={locale} followUps={f.followUps} seesPartnerships={seesPartnerships} />
      <DashboardMoney locale={locale} links={can(user.roles, "viewPartnerships")} />
    </>
  );
}
