import { getTranslations } from "next-intl/server";
import { formatSek } from "@/lib/domain/budget";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { activeMoneyTotals } from "@/lib/server/partnerships/money-view";
import { num, th } from "./parts";

/** Budget, paid, spent and remaining over the active partnerships, and those flagged for a dialogue. */
export async function DashboardMoney({ locale, links }: { locale: Locale; links: boolean }) {
  const t = await getTranslations("money");
  const m = await activeMoneyTotals();
  const cols = ["budget", "paid", "spent", "remaining"] as const;
  return (
    <section aria-labelledby="ekonomi" className="mt-10">
      <h2 id="ekonomi">{t("dashboard.heading")}</h2>
      <table className="border-collapse" data-testid="dashboard-money">
        <caption className="sr-only">{t("dashboard.caption")}</caption>
        <thead>
          <tr>
            {cols.map((c) => (
              <th key={c} scope="col" className={`${th} text-right`}>
                {t(`summary.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {cols.map((c) => (
              <td key={c} className={num} data-testid={`dashboard-${c}`}>
                {formatSek(m[c], locale)}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      {links && m.flagged.length > 0 && (
        <>
          <h3>{t("dashboard.flagged")}</h3>
          <ul>
            {m.flagged.map((p) => (
              <li key={p.id}>
                <Link href={{ pathname: "/staff/partnerships/[id]/money", params: { id: p.id } }}>
                  {p.title}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
