import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { DashboardFigures } from "@/lib/server/dashboard";
import { dashboardFormat, td, th } from "./format";

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
    <section aria-labelledby="forsenade" className="mt-10">
      <h2 id="forsenade">{t("overdue.heading")}</h2>
      <p>{t("overdue.lead", { count: overdue.count })}</p>
      {seesCases && overdue.cases.length > 0 && (
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
              {overdue.cases.map((c) => (
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
  );
}
