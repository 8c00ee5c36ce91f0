import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BarChart } from "@/components/dashboard/bar-chart";
import { DashboardMoney } from "@/components/money/dashboard-money";
import { can } from "@/lib/domain/permissions";
import { STEPS } from "@/lib/domain/steps";
import { THEMES } from "@/lib/domain/themes";
import { Link } from "@/lib/i18n/navigation";
import { requireStaff } from "@/lib/server/auth/session";
import { COLLABORATION_FORMS, dashboardFigures } from "@/lib/server/dashboard";
import { asLocale, pagePath } from "@/lib/server/urls";
import { getWorkflowSettings } from "@/lib/server/workflow-settings";

type Props = PageProps<"/[locale]/staff/dashboard">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "dashboard" });
  return { title: t("title"), robots: { index: false } };
}

const th = "border-b-2 border-slate-700 py-1 pr-3";
const td = "border-b border-slate-300 py-1 pr-3";

export default async function DashboardPage({ params }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const { user } = await requireStaff("viewDashboard", pagePath(locale, "/staff/dashboard"));
  const t = await getTranslations("dashboard");
  const steps = await getTranslations("steps");
  const home = await getTranslations("home");
  const staff = await getTranslations("staff");
  const followUps = await getTranslations("followUps");
  const f = await dashboardFigures(await getWorkflowSettings());
  const tag = locale === "sv" ? "sv-SE" : "en-GB";
  const n = (v: number) => new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }).format(v);
  const date = (iso: string) =>
    new Intl.DateTimeFormat(tag, { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));
  const month = (ym: string) =>
    new Intl.DateTimeFormat(tag, { month: "long", year: "numeric", timeZone: "UTC" }).format(
      new Date(`${ym}-01T00:00:00Z`),
    );
  // Links to cases only for those who may open them; the figures themselves hold no personal data.
  const seesCases = can(user.roles, "viewAllCases");
  const seesPartnerships = can(user.roles, "viewPartnerships");
  const openTotal = STEPS.reduce((sum, s) => sum + f.openPerStep[s], 0);

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="text-lg">{t("lead")}</p>

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

      <section aria-labelledby="forsenade" className="mt-10">
        <h2 id="forsenade">{t("overdue.heading")}</h2>
        <p>{t("overdue.lead", { count: f.overdue.count })}</p>
        {seesCases && f.overdue.cases.length > 0 && (
          <>
            <table className="mt-3 w-full max-w-3xl border-collapse text-left">
              <caption className="text-left font-semibold">{t("overdue.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col" className={th}>
                    {t("overdue.number")}
                  </th>
                  <th scope="col" className={th}>
                    {t("overdue.step")}
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    {t("overdue.days")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {f.overdue.cases.map((c) => (
                  <tr key={c.id}>
                    <th scope="row" className={`${td} font-normal`}>
                      <Link href={{ pathname: "/staff/cases/[id]", params: { id: c.id } }}>
                        {c.registrationNumber}
                      </Link>
                    </th>
                    <td className={td}>{steps(`${c.step}.name`)}</td>
                    <td className={`${td} text-right tabular-nums`}>{n(c.days)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p>
              <Link
                href={{ pathname: "/staff/cases", query: { status: "OPEN", overdue: "1", sort: "oldest" } }}
              >
                {t("overdue.more")}
              </Link>
            </p>
          </>
        )}
      </section>

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

      <section aria-labelledby="samarbeten" className="mt-10">
        <h2 id="samarbeten">{t("partnerships.heading")}</h2>
        <p>{t("partnerships.active", { count: f.partnerships.active })}</p>
        <h3>{t("partnerships.endingHeading")}</h3>
        {f.partnerships.ending.length === 0 ? (
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
              {f.partnerships.ending.map((p) => (
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

      <section aria-labelledby="uppfoljningar" className="mt-10">
        <h2 id="uppfoljningar">{t("followUps.heading")}</h2>
        <dl className="mt-3 grid max-w-md grid-cols-2 gap-4">
          <div className="rounded border-2 border-slate-300 p-3" data-figure="followUpsDueSoon">
            <dt>{t("followUps.dueSoon")}</dt>
            <dd className="m-0 text-3xl font-bold">{n(f.followUps.dueSoon)}</dd>
          </div>
          <div className="rounded border-2 border-slate-300 p-3" data-figure="followUpsOverdue">
            <dt>{t("followUps.overdue")}</dt>
            <dd className="m-0 text-3xl font-bold">{n(f.followUps.overdue)}</dd>
          </div>
        </dl>
        {f.followUps.list.length === 0 ? (
          <p>{t("followUps.none")}</p>
        ) : (
          <table className="mt-4 w-full max-w-4xl border-collapse text-left">
            <caption className="text-left font-semibold">{t("followUps.caption")}</caption>
            <thead>
              <tr>
                <th scope="col" className={th}>
                  {t("followUps.partnership")}
                </th>
                <th scope="col" className={th}>
                  {t("followUps.date")}
                </th>
                <th scope="col" className={th}>
                  {t("followUps.kind")}
                </th>
                <th scope="col" className={th}>
                  {t("followUps.state")}
                </th>
              </tr>
            </thead>
            <tbody>
              {f.followUps.list.map((x, i) => (
                <tr key={i}>
                  <th scope="row" className={`${td} font-normal`}>
                    {seesPartnerships ? (
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
                    )}
                  </th>
                  <td className={td}>{date(x.dueDate)}</td>
                  <td className={td}>{followUps(`kinds.${x.kind}` as "kinds.TALK")}</td>
                  <td className={td}>
                    {x.overdue ? (
                      <strong className="text-red-800">{t("followUps.isOverdue")}</strong>
                    ) : (
                      t("followUps.upcoming")
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <DashboardMoney locale={locale} links={can(user.roles, "viewPartnerships")} />
    </>
  );
}
