import { getTranslations } from "next-intl/server";
import { TableFrame } from "@/components/data-table";
import { computeBudget, formatCalculation, formatTkr, lineTotal, type BudgetLine } from "@/lib/domain/budget";
import type { Locale } from "@/lib/i18n/routing";

// The budget in tkr per year and party, with totals and shares: every figure from lib/domain/budget.

const percent = (value: number, locale: Locale) =>
  `${locale === "sv" ? value.toFixed(1).replace(".", ",") : value.toFixed(1)}\u00a0%`;

export async function BudgetTables({
  lines,
  parties,
  locale,
}: {
  lines: BudgetLine[];
  parties: { id: string; name: string }[];
  locale: Locale;
}) {
  const t = await getTranslations("partnerships");
  const budget = computeBudget(lines, parties);
  if (lines.length === 0) return <p>{t("budget.noLines")}</p>;
  const cell = "border-b border-slate-300 py-1 pr-3";
  const amount = `${cell} text-right whitespace-nowrap`;
  return (
    <>
      {budget.years.map((year) => (
        <TableFrame
          key={year.year}
          dense
          className="mt-6"
          tableProps={{ "data-testid": `budget-${year.year}` }}
          caption={t("budget.yearTable", { year: year.year })}
          showCaption="large"
          heads={[
            { head: t("budget.party") },
            { head: t("budget.description") },
            { head: t("budget.calculation") },
            { head: t("budget.amount"), className: "text-right" },
          ]}
        >
          {year.parties.flatMap((party) => {
            const own = lines.filter((l) => l.year === year.year && l.partyId === party.partyId);
            if (own.length === 0) return [];
            return [
              ...own.map((l, i) => (
                <tr key={`${party.partyId}-${i}`} className="align-top">
                  <td className={cell}>{party.name}</td>
                  <td className={cell}>
                    {t(`kinds.${l.kind}`)}: {l.description}
                  </td>
                  <td className={cell}>{formatCalculation(l, locale)}</td>
                  <td className={amount}>{formatTkr(lineTotal(l), locale)}</td>
                </tr>
              )),
              <tr key={`${party.partyId}-total`} className="font-semibold">
                <th scope="row" colSpan={3} className={`${cell} text-left`}>
                  {t("budget.partyTotal", { party: party.name })}
                  {party.share
                    ? ` (${t("budget.share").toLowerCase()} ${percent(party.share.percent, locale)})`
                    : ""}
                </th>
                <td className={amount} data-testid="party-total">
                  {formatTkr(party.total, locale)}
                </td>
              </tr>,
            ];
          })}
          <tr className="font-bold">
            <th scope="row" colSpan={3} className={`${cell} text-left`}>
              {t("budget.yearTotal", { year: year.year })}
            </th>
            <td className={amount}>{formatTkr(year.grandTotal, locale)}</td>
          </tr>
        </TableFrame>
      ))}
      <TableFrame
        dense
        className="mt-8"
        tableClassName="max-w-2xl"
        tableProps={{ "data-testid": "budget-summary" }}
        caption={t("budget.summary")}
        showCaption="large"
        heads={[
          { head: t("budget.party") },
          { head: t("budget.amount"), className: "text-right" },
          { head: t("budget.share"), className: "text-right" },
        ]}
      >
        {budget.overall.parties.map((party) => (
          <tr key={party.partyId}>
            <th scope="row" className={`${cell} font-normal`}>
              {party.name}
            </th>
            <td className={amount}>{formatTkr(party.total, locale)}</td>
            <td className={amount}>{party.share ? percent(party.share.percent, locale) : "–"}</td>
          </tr>
        ))}
        <tr className="font-bold">
          <th scope="row" className={cell}>
            {t("budget.total")}
          </th>
          <td className={amount} data-testid="grand-total">
            {formatTkr(budget.overall.grandTotal, locale)}
          </td>
          <td className={amount}>{percent(100, locale)}</td>
        </tr>
      </TableFrame>
    </>
  );
}
