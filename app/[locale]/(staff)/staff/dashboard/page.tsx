import { getTranslations } from "next-intl/server";
import { type BarRow, ChartSection, countRows } from "@/components/dashboard/bar-chart";
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
  const { user, locale, t } = await openStaffPage(params, "viewDashboard", "/staff/dashboard", "dashboard");
  const steps = await getTranslations("steps");
  const home = await getTranslations("home");
  const staff = await getTranslations("staff");
  const f = await dashboardFigures(await getWorkflowSettings());
  const { n, month } = dashboardFormat(locale);
  // Links to cases only for those who may open them; the figures themselves hold no personal data.
  const seesCases = can(user.roles, "viewAllCases");
  const seesPartnerships = can(user.roles, "viewPartnerships");
  const openTotal = STEPS.reduce((sum, s) => sum + f.openPerStep[s], 0);
  const counts = (pairs: [string, number][]) => countRows(pairs, n);
  // One section per chart; its heading and caption are the texts under `key`.
  const chart = (
    key: "perStep" | "daysPerStep" | "perTheme" | "perMonth" | "decisions",
    sectionId: string,
    id: string,
    head: string[],
    rows: BarRow[],
    lead?: string,
  ) => (
    <ChartSection
      sectionId={sectionId}
      heading={t(`${key}.heading`)}
      lead={lead}
      id={id}
      caption={t(`${key}.caption`)}
      head={head}
      rows={rows}
    />
  );

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="text-lg">{t("lead")}</p>

      <DashboardSummary locale={locale} openTotal={openTotal} f={f} />

      {chart(
        "perStep",
        "per-steg",
        "table-per-step",
        [t("perStep.step"), t("count")],
        counts(STEPS.map((s) => [steps(`${s}.name`), f.openPerStep[s]])),
      )}

      {chart(
        "daysPerStep",
        "tid-per-steg",
        "table-days-per-step",
        [t("daysPerStep.step"), t("daysPerStep.median"), t("daysPerStep.stays")],
        STEPS.map((s) => {
          const d = f.daysPerStep[s];
          return {
            label: steps(`${s}.name`),
            value: d.median ?? 0,
            cells: [d.median === null ? t("daysPerStep.noData") : n(d.median), n(d.stays)],
          };
        }),
        t("daysPerStep.lead"),
      )}

      <OverdueCases locale={locale} overdue={f.overdue} seesCases={seesCases} />

      {chart(
        "perTheme",
        "per-tema",
        "table-per-theme",
        [t("perTheme.theme"), t("count")],
        counts(THEMES.map((theme) => [home(`themes.${theme}`), f.perTheme[theme]])),
      )}

      {chart(
        "perMonth",
        "per-manad",
        "table-per-month",
        [t("perMonth.month"), t("count")],
        counts(f.perMonth.map((m) => [month(m.month), m.count])),
      )}

      {chart(
        "decisions",
        "beslut",
        "table-decisions",
        [t("decisions.decision"), t("count")],
        counts([
          ...COLLABORATION_FORMS.map((form): [string, number] => [
            t("decisions.granted", { form: staff(`recommended.${form}`) }),
            f.decisions.granted[form],
          ]),
          [t("decisions.declined"), f.decisions.declined],
        ]),
      )}

      <EndingPartnerships locale={locale} partnerships={f.partnerships} seesPartnerships={seesPartnerships} />

      <DashboardFollowUps locale={locale} followUps={f.followUps} seesPartnerships={seesPartnerships} />
      <DashboardMoney locale={locale} links={can(user.roles, "viewPartnerships")} />
    </>
  );
}
