import { getFormatter, getTranslations } from "next-intl/server";
import { cellPad, DataTable, rowLine } from "@/components/data-table";
import { formatSek } from "@/lib/domain/budget";
import { dateValue } from "@/lib/domain/follow-ups";
import type { Locale } from "@/lib/i18n/routing";
import type { PartnerView } from "@/lib/server/partnerships/partner-view";

// The parts of the partner's page (app/[locale]/(public)/samarbete/[token]/page.tsx).

export async function PartnerBudget({ view, locale }: { view: PartnerView; locale: Locale }) {
  const t = await getTranslations("partner.page");
  return (
    <section aria-labelledby="budget-h">
      <h2 id="budget-h">{t("budget")}</h2>
      {view.lines.length === 0 && <p>{t("noBudget")}</p>}
      {view.partnership.parties.map((party) => {
        const lines = view.lines.filter((l) => l.partyId === party.id);
        if (lines.length === 0) return null;
        const total = lines.reduce((sum, l) => sum + l.amountOre, 0);
        return (
          <DataTable
            key={party.id}
            dense
            className="mt-4"
            caption={party.name}
            showCaption
            rows={lines}
            columns={[
              { head: t("line"), cell: (l) => l.description },
              { head: t("year"), cell: (l) => l.year },
              { head: t("amount"), className: "text-right", cell: (l) => formatSek(l.amountOre, locale) },
            ]}
            foot={
              <tr className={rowLine}>
                <th scope="row" colSpan={2} className={cellPad(true)}>
                  {t("total")}
                </th>
                <td className={`${cellPad(true)} text-right font-semibold`}>{formatSek(total, locale)}</td>
              </tr>
            }
          />
        );
      })}
    </section>
  );
}

export async function PartnerSchedule({ view }: { view: PartnerView }) {
  const t = await getTranslations("partner.page");
  const format = await getFormatter();
  const date = (iso: string) => format.dateTime(dateValue(iso), { dateStyle: "long", timeZone: "UTC" });
  return (
    <section aria-labelledby="schedule-h">
      <h2 id="schedule-h">{t("schedule")}</h2>
      <p data-testid="next-due">
        {view.nextDue
          ? t("nextDue", { date: date(view.nextDue.dueDate), kind: view.nextDue.kind })
          : t("nothingDue")}
      </p>
      {view.overdue.length > 0 && (
        <p>
          {t("overdue", {
            dates: view.overdue.map((f) => `${date(f.dueDate)} (${t("kinds", { kind: f.kind })})`).join(", "),
          })}
        </p>
      )}
      {view.schedule.length > 0 && (
        <details>
          <summary>{t("wholeSchedule", { count: view.schedule.length })}</summary>
          <ul>
            {view.schedule.map((f) => (
              <li key={f.id}>
                {date(f.dueDate)} · {t("kinds", { kind: f.kind })} · {f.held ? t("held") : t("notHeld")}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

export async function PartnerReports({ view }: { view: PartnerView }) {
  const t = await getTranslations("partner.page");
  const format = await getFormatter();
  if (view.reports.length === 0) return <p>{t("noReports")}</p>;
  return (
    <ul className="list-none p-0">
      {view.reports.map((r) => (
        <li key={r.id} className="mt-4 border-l-4 border-slate-300 pl-4" data-testid="partner-report">
          <h3 className="mt-0">
            {t("reportHeading", {
              quarter: r.quarter,
              date: format.dateTime(r.submittedAt, { dateStyle: "long" }),
            })}
          </h3>
          <p>
            <strong>{t("status")}:</strong> {t("statuses", { status: r.status })}
            {r.replaced && ` · ${t("corrected")}`}
          </p>
          {r.status === "RETURNED" && r.reviewComment && (
            <div className="border-l-4 border-amber-700 bg-amber-50 p-3">
              <p className="mt-0 font-semibold">{t("returnedComment")}</p>
              <p className="mb-0 whitespace-pre-line" data-testid="return-comment">
                {r.reviewComment}
              </p>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
