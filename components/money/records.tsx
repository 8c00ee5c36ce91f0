import type { ComponentProps, ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import { SelectField, TextField } from "@/components/form/field-kit";
import { swedishDate } from "@/lib/domain/follow-ups";
import type { Locale } from "@/lib/i18n/routing";
import type { MoneyOverview } from "@/lib/server/partnerships/money-view";
import type { Flash } from "@/lib/server/staff/flash";
import { fieldsOf } from "@/components/form/form-fields";
import { AMOUNT, MoneyForm, Section, sek } from "./parts";

type Props = { m: MoneyOverview; locale: Locale; flash: Flash | null; ok?: string; canManage: boolean };

/** A money table from its headings and rows of cells; `right` lists the columns of amounts. */
function Table(p: {
  caption: string;
  head: string[];
  rows: ReactNode[][];
  right?: number[];
  empty?: string;
}) {
  const right = new Set(p.right ?? []);
  return (
    <DataTable
      dense
      caption={p.caption}
      empty={p.empty}
      rows={p.rows}
      columns={p.head.map((head, i) => ({
        head,
        cell: (r: ReactNode[]) => r[i],
        className: right.has(i) ? AMOUNT : undefined,
      }))}
    />
  );
}

/** A heading and the form that records a new entry. */
function NewEntry({ heading, ...form }: { heading: string } & ComponentProps<typeof MoneyForm>) {
  return (
    <>
      <h3 className="mt-6">{heading}</h3>
      <MoneyForm {...form} />
    </>
  );
}

async function common({ m, flash, ok }: Props) {
  const tm = await getTranslations("money");
  const errorText = (code: string) => tm(`errors.${code}` as "errors.required");
  const party = new Map(m.partnership.parties.map((p) => [p.id, p.name]));
  const partyYears = m.years.flatMap((y) =>
    m.partnership.parties.map((p) => ({ value: `${p.id}|${y}`, label: `${p.name} ${y}` })),
  );
  return {
    tm,
    party,
    partyYears,
    f: (form: string) => fieldsOf(form, flash, errorText),
    today: swedishDate(new Date()),
    /** What every form of the page shares: where it posts and the saved note. */
    shared: { action: `/api/staff/partnerships/${m.partnership.id}/money`, ok, okText: tm("saved") },
  };
}

export async function Payments({ m, locale, flash, ok, canManage }: Props) {
  const t = await getTranslations("money.payments");
  const { party, partyYears, f, today, shared } = await common({ m, locale, flash, ok, canManage });
  const p = f("payment");
  return (
    <Section id="payments" heading={t("heading")}>
      <Table
        empty={t("none")}
        caption={t("caption")}
        head={[t("paidOn"), t("partyYear"), t("amount"), t("reference")]}
        right={[2]}
        rows={m.payments.map((x) => [
          x.paidOn,
          `${party.get(x.partyId)} ${x.year}`,
          sek(x.amountOre, locale),
          x.reference,
        ])}
      />
      {canManage && (
        <NewEntry heading={t("new")} formName="payment" op="payment" save={t("save")} {...shared}>
          <SelectField
            compact
            {...p("partyYear", partyYears[0]?.value)}
            label={t("partyYear")}
            options={partyYears}
          />
          <TextField compact {...p("paidOn", today)} label={t("paidOn")} narrow />
          <TextField compact {...p("amount")} label={t("amount")} narrow />
          <TextField compact {...p("reference")} label={t("reference")} hint={t("referenceHint")} narrow />
          <SelectField
            compact
            {...p("instalmentId")}
            label={t("instalment")}
            placeholder={t("noInstalment")}
            options={m.instalments.map((i) => ({
              value: i.id,
              label: `${party.get(i.partyId)} ${i.dueDate}: ${sek(i.amountOre, locale)}`,
            }))}
          />
        </NewEntry>
      )}
    </Section>
  );
}

export async function Actuals({ m, locale, flash, ok, canManage }: Props) {
  const t = await getTranslations("money.actuals");
  const { party, f, today, shared } = await common({ m, locale, flash, ok, canManage });
  const kinds = await getTranslations("partnerships.kinds");
  const lineName = new Map(
    m.lines.map((l) => [l.id, `${party.get(l.partyId)} ${l.year}: ${kinds(l.kind)}, ${l.description}`]),
  );
  const a = f("actual");
  return (
    <Section id="actuals" heading={t("heading")}>
      <Table
        empty={t("none")}
        caption={t("caption")}
        head={[t("spentOn"), t("line"), t("amount"), t("source"), t("note")]}
        right={[2]}
        rows={m.actuals.map((x) => [
          x.spentOn,
          lineName.get(x.budgetLineId),
          sek(x.amountOre, locale),
          t(`sources.${x.source}`),
          x.note,
        ])}
      />
      {canManage && m.lines.length > 0 && (
        <NewEntry heading={t("new")} formName="actual" op="actual" save={t("save")} {...shared}>
          <SelectField
            compact
            {...a("budgetLineId")}
            label={t("line")}
            placeholder=""
            options={m.lines.map((l) => ({ value: l.id, label: lineName.get(l.id)! }))}
          />
          <TextField compact {...a("amount")} label={t("amount")} narrow />
          <TextField compact {...a("spentOn", today)} label={t("spentOn")} narrow />
          <TextField compact {...a("note")} label={t("note")} />
        </NewEntry>
      )}
    </Section>
  );
}

export async function DeviationSection({ m, locale, flash, ok, canManage }: Props) {
  const t = await getTranslations("money.deviation");
  const { tm, party, f, today, shared } = await common({ m, locale, flash, ok, canManage });
  const line = new Map(m.lines.map((l) => [l.id, l]));
  const d = f("dialogue");
  const percent = (permille: number | null) =>
    permille === null ? t("noBudgetLine") : `${permille > 0 ? "+" : ""}${(permille / 10).toFixed(1)} %`;
  return (
    <Section id="deviation" heading={t("heading")}>
      <p>{t("lead", { threshold: m.threshold })}</p>
      {m.flag ? (
        <p role="status" className="border-4 border-red-700 p-4 font-semibold" data-testid="deviation-flag">
          {t("flag")}
        </p>
      ) : (
        <p data-testid="deviation-clear">{m.deviations.length ? t("cleared") : t("none")}</p>
      )}
      {m.deviations.length > 0 && (
        <Table
          caption={t("caption")}
          head={[t("what"), tm("summary.budget"), t("expected"), tm("summary.spent"), t("deviation")]}
          right={[1, 2, 3, 4]}
          rows={m.deviations.map((x) => [
            x.lineId
              ? `${party.get(x.partyId)} ${x.year}: ${line.get(x.lineId)?.description}`
              : t("wholeParty", { party: party.get(x.partyId) ?? "", year: x.year }),
            sek(x.budget, locale),
            sek(x.expected, locale),
            sek(x.spent, locale),
            percent(x.permille),
          ])}
        />
      )}
      {m.dialogues.length > 0 && (
        <>
          <h3 className="mt-6">{t("dialogues")}</h3>
          <ul>
            {m.dialogues.map((x) => (
              <li key={x.id}>
                {x.heldOn}: {x.note}
              </li>
            ))}
          </ul>
        </>
      )}
      {canManage && m.deviations.length > 0 && (
        <NewEntry heading={t("dialogueNew")} formName="dialogue" op="dialogue" save={t("save")} {...shared}>
          <TextField compact {...d("heldOn", today)} label={t("heldOn")} narrow />
          <TextField compact {...d("note")} label={t("note")} rows={3} />
        </NewEntry>
      )}
    </Section>
  );
}

export async function Claims({ m, locale, flash, ok, canManage }: Props) {
  const t = await getTranslations("money.claims");
  const { party, f, today, shared } = await common({ m, locale, flash, ok, canManage });
  const c = f("claim");
  return (
    <Section id="claims" heading={t("heading")}>
      <p>{t("lead")}</p>
      <Table
        empty={t("none")}
        caption={t("caption")}
        head={[t("party"), t("reason"), t("amount"), t("dueDate"), t("outstanding"), t("state")]}
        right={[2, 4]}
        rows={m.claims.map((x) => [
          party.get(x.partyId),
          x.reason,
          sek(x.amountOre, locale),
          x.dueDate,
          sek(x.outstanding, locale),
          x.state === "overdue" ? (
            <strong className="text-red-800">{t("states.overdue")}</strong>
          ) : (
            t(`states.${x.state}`)
          ),
        ])}
      />
      {canManage &&
        m.claims
          .filter((x) => x.state !== "paid")
          .map((x) => {
            const pf = f(`claim-${x.id}`);
            return (
              <details key={x.id} className="mt-4" open={flash?.form === `claim-${x.id}`}>
                <summary className="cursor-pointer font-semibold">
                  {t("paidHeading", { amount: sek(x.amountOre, locale) })}
                </summary>
                <MoneyForm
                  formName={`claim-${x.id}`}
                  op="claimPaid"
                  hidden={{ claimId: x.id }}
                  save={t("paidSave")}
                  {...shared}
                >
                  <TextField compact {...pf("paidOn", today)} label={t("paidOn")} narrow />
                  <TextField compact {...pf("paidAmount")} label={t("paidAmount")} narrow />
                </MoneyForm>
              </details>
            );
          })}
      {canManage && (
        <NewEntry heading={t("new")} formName="claim" op="claim" save={t("save")} {...shared}>
          <SelectField
            compact
            {...c("partyId", m.partnership.parties.find((p) => p.side === "CIVIL_SOCIETY")?.id)}
            label={t("party")}
            options={m.partnership.parties.map((p) => ({ value: p.id, label: p.name }))}
          />
          <TextField compact {...c("amount")} label={t("amount")} narrow />
          <TextField compact {...c("reason")} label={t("reason")} rows={3} />
          <TextField compact {...c("dueDate")} label={t("dueDate")} hint="2026-12-31" narrow />
        </NewEntry>
      )}
    </Section>
  );
}

export async function Surplus({ m, locale, flash, ok, canManage }: Props) {
  const t = await getTranslations("money.surplus");
  const { tm, party, partyYears, f, shared } = await common({ m, locale, flash, ok, canManage });
  const s = f("surplus");
  return (
    <Section id="surplus" heading={t("heading")}>
      <p>{t("lead")}</p>
      <Table
        empty={t("none")}
        caption={t("caption")}
        head={[t("from"), tm("summary.party"), t("amount"), t("purpose")]}
        right={[2]}
        rows={m.surplus.map((x) => [x.fromYear, party.get(x.partyId), sek(x.amountOre, locale), x.purpose])}
      />
      {canManage && partyYears.length > 0 && (
        <NewEntry heading={t("new")} formName="surplus" op="surplus" save={t("save")} {...shared}>
          <SelectField
            compact
            {...s("partyYear", partyYears[0]?.value)}
            label={t("partyYear")}
            options={partyYears}
          />
          <TextField compact {...s("amount")} label={t("amount")} narrow />
          <TextField compact {...s("purpose")} label={t("purpose")} rows={3} />
        </NewEntry>
      )}
    </Section>
  );
}
