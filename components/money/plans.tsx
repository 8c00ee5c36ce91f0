import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import { TextField } from "@/components/form/field-kit";
import { checkPlan, kronorText, MAX_INSTALMENTS, payableBudget, sum } from "@/lib/domain/money";
import { PLAN_ROWS, readPlanForm } from "@/lib/domain/money-commands";
import type { Locale } from "@/lib/i18n/routing";
import type { MoneyOverview } from "@/lib/server/partnerships/money-view";
import type { Flash } from "@/lib/server/staff/flash";
import { fieldsOf } from "@/components/form/form-fields";
import { AMOUNT, MoneyForm, Section, sek } from "./parts";

type Props = { m: MoneyOverview; locale: Locale; flash: Flash | null; ok?: string; canManage: boolean };

/** Per party and year: budget, to pay out, planned, paid, spent, carried in and remaining. */
export async function MoneySummary({ m, locale }: Props) {
  const t = await getTranslations("money.summary");
  const name = new Map(m.partnership.parties.map((p) => [p.id, p.name]));
  const rows = m.rows.filter((r) => r.budget > 0n || r.paid > 0n || r.spent > 0n || r.carriedIn > 0n);
  const cols = ["budget", "payable", "planned", "paid", "spent", "carriedIn", "remaining"] as const;
  return (
    <Section id="summary" heading={t("heading")}>
      <DataTable
        dense
        tableProps={{ "data-testid": "money-summary" }}
        caption={t("caption")}
        rows={rows}
        rowKey={(r) => `${r.partyId}-${r.year}`}
        rowProps={(r) => ({ "data-testid": `money-row-${r.year}` })}
        columns={[
          { head: t("party"), rowHeader: true, cell: (r) => name.get(r.partyId) },
          { head: t("year"), cell: (r) => r.year },
          ...cols.map((c) => ({
            head: t(c),
            className: AMOUNT,
            testId: c,
            cell: (r: (typeof rows)[number]) => sek(r[c], locale),
          })),
        ]}
      />
    </Section>
  );
}

/** The payment plan of each party and year that has money to pay out, with both ways to make it. */
export async function PaymentPlans({ m, locale, flash, ok, canManage }: Props) {
  const t = await getTranslations("money.plan");
  const tm = await getTranslations("money");
  const errorText = (code: string) => tm(`errors.${code}` as "errors.required");
  /** What both forms of a party's year share: where they post and the saved note. */
  const shared = { action: `/api/staff/partnerships/${m.partnership.id}/money`, ok, okText: tm("saved") };
  const targets = m.years.flatMap((year) =>
    m.partnership.parties
      .map((party) => ({ party, year, payable: payableBudget(m.lines, party.id, year) }))
      .filter((x) => x.payable > 0n),
  );
  return (
    <Section id="plans" heading={t("heading")}>
      <p>{t("lead")}</p>
      {targets.length === 0 && <p>{t("none")}</p>}
      {targets.map(({ party, year, payable }) => {
        const own = m.instalments.filter((i) => i.partyId === party.id && i.year === year);
        const planned = sum(own.map((i) => i.amountOre));
        const key = `${party.id}-${year}`;
        const planForm = `plan-${key}`;
        const f = fieldsOf(planForm, flash, errorText);
        const s = fieldsOf(`split-${key}`, flash, errorText);
        const hidden = { partyId: party.id, year: String(year) };
        // When a plan came back refused, the sum of what was typed, computed like the verb does.
        const typed =
          flash?.form === planForm
            ? readPlanForm((n) => flash.values[n]?.[0] ?? "", { partnershipId: "", partyId: "", year })
            : null;
        const typedSum = typed?.ok ? sum(typed.command.instalments.map((i) => i.amountOre)) : null;
        return (
          <div key={key} className="mt-6" data-testid={`plan-${year}`}>
            <h3>{t("partyYear", { party: party.name, year })}</h3>
            <p>
              {t("status", { planned: sek(planned, locale), payable: sek(payable, locale) })}{" "}
              <strong>
                {checkPlan(
                  own.map((i) => i.amountOre),
                  payable,
                ).ok
                  ? t("adds")
                  : t("differs", { difference: sek(planned - payable, locale) })}
              </strong>
            </p>
            {own.length > 0 && (
              <DataTable
                dense
                caption={t("caption", { party: party.name, year })}
                rows={own}
                columns={[
                  { head: t("dueDate"), cell: (i) => i.dueDate },
                  { head: t("amount"), className: AMOUNT, cell: (i) => sek(i.amountOre, locale) },
                  { head: t("paidAgainst"), className: AMOUNT, cell: (i) => sek(i.paid, locale) },
                  {
                    head: t("state"),
                    cell: (i) =>
                      i.overdue ? (
                        <strong className="text-red-800">{t("overdue")}</strong>
                      ) : i.paid >= i.amountOre ? (
                        t("paidState")
                      ) : (
                        t("upcoming")
                      ),
                  },
                ]}
              />
            )}
            {canManage && (
              <>
                <details className="mt-4" open={flash?.form === planForm}>
                  <summary className="cursor-pointer font-semibold">{t("edit")}</summary>
                  {typedSum !== null && (
                    <p className="font-semibold">
                      {t("inForm", { planned: sek(typedSum, locale), payable: sek(payable, locale) })}
                    </p>
                  )}
                  <p id={`${planForm}-hint`}>{t("rowHint")}</p>
                  <MoneyForm formName={planForm} op="plan" hidden={hidden} save={t("save")} {...shared}>
                    {Array.from({ length: Math.min(PLAN_ROWS, MAX_INSTALMENTS) }, (_, n) => (
                      <fieldset key={n} className="mt-4 flex flex-wrap gap-4 border-0 p-0">
                        <legend className="font-semibold">{t("row", { n: n + 1 })}</legend>
                        <TextField
                          compact
                          {...f(`due-${n}`, own[n]?.dueDate ?? "")}
                          label={t("dueDate")}
                          narrow
                        />
                        <TextField
                          compact
                          {...f(`amount-${n}`, own[n] ? kronorText(own[n].amountOre, locale) : "")}
                          label={t("amount")}
                          narrow
                        />
                      </fieldset>
                    ))}
                  </MoneyForm>
                </details>
                <h4 className="mt-6">{t("split")}</h4>
                <p>{t("splitLead")}</p>
                <MoneyForm
                  formName={`split-${key}`}
                  op="split"
                  hidden={hidden}
                  save={t("splitSave")}
                  {...shared}
                >
                  <TextField compact {...s("count", "4")} label={t("count")} narrow />
                  <TextField
                    compact
                    {...s("firstDueDate", `${year}-01-31`)}
                    label={t("firstDueDate")}
                    narrow
                  />
                  <TextField compact {...s("monthsBetween", "3")} label={t("monthsBetween")} narrow />
                </MoneyForm>
              </>
            )}
          </div>
        );
      })}
    </Section>
  );
}
