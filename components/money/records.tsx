import { getTranslations } from "next-intl/server";
import { SelectField, TextField } from "@/components/form/field-kit";
import { swedishDate } from "@/lib/domain/follow-ups";
import type { Locale } from "@/lib/i18n/routing";
import type { MoneyOverview } from "@/lib/server/partnerships/money-view";
import type { Flash } from "@/lib/server/staff/flash";
import { fieldsOf, MoneyForm, num, Section, sek, td, th } from "./parts";

type Props = { m: MoneyOverview; locale: Locale; flash: Flash | null; ok?: string; canManage: boolean };

function Table({
  caption,
  head,
  rows,
  right = [],
}: {
  caption: string;
  head: string[];
  rows: React.ReactNode[][];
  right?: number[];
}) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {head.map((h, i) => (
              <th key={i} scope="col" className={`${th} ${right.includes(i) ? "text-right" : ""}`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              {r.map((c, j) => (
                <td key={j} className={right.includes(j) ? num : td}>
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

async function common(m: MoneyOverview, flash: Flash | null) {
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
    action: `/api/staff/partnerships/${m.partnership.id}/money`,
    today: swedishDate(new Date()),
  };
}

export async function Payments({ m, locale, flash, ok, canManage }: Props) {
  const t = await getTranslations("money.payments");
  const { tm, party, partyYears, f, action, today } = await common(m, flash);
  const p = f("payment");
  return (
    <Section id="payments" heading={t("heading")}>
      {m.payments.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <Table
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
      )}
      {canManage && (
        <>
          <h3 className="mt-6">{t("new")}</h3>
          <MoneyForm
            formName="payment"
            action={action}
            locale={locale}
            op="payment"
            save={t("save")}
            ok={ok}
            okText={tm("saved")}
          >
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
          </MoneyForm>
        </>
      )}
    </Section>
  );
}

export async function Actuals({ m, locale, flash, ok, canManage }: Props) {
  const t = await getTranslations("money.actuals");
  const { tm, party, f, action, today } = await common(m, flash);
  const kinds = await getTranslations("partnerships.kinds");
  const lineName = new Map(
    m.lines.map((l) => [l.id, `${party.get(l.partyId)} ${l.year}: ${kinds(l.kind)}, ${l.description}`]),
  );
  const a = f("actual");
  return (
    <Section id="actuals" heading={t("heading")}>
      {m.actuals.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <Table
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
      )}
      {canManage && m.lines.length > 0 && (
        <>
          <h3 className="mt-6">{t("new")}</h3>
          <MoneyForm
            formName="actual"
            action={action}
            locale={locale}
            op="actual"
            save={t("save")}
            ok={ok}
            okText={tm("saved")}
          >
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
          </MoneyForm>
        </>
      )}
    </Section>
  );
}

export async function DeviationSection({ m, locale, flash, ok, canManage }: Props) {
  const t = await getTranslations("money.deviation");
  const { tm, party, f, action, today } = await common(m, flash);
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
        <>
          <h3 className="mt-6">{t("dialogueNew")}</h3>
          <MoneyForm
            formName="dialogue"
            action={action}
            locale={locale}
            op="dialogue"
            save={t("save")}
            ok={ok}
            okText={tm("saved")}
          >
            <TextField compact {...d("heldOn", today)} label={t("heldOn")} narrow />
            <TextField compact {...d("note")} label={t("note")} rows={3} />
          </MoneyForm>
        </>
      )}
    </Section>
  );
}

export async function Claims({ m, locale, flash, ok, canManage }: Props) {
  const t = await getTranslations("money.claims");
  const { tm, party, f, action, today } = await common(m, flash);
  const c = f("claim");
  return (
    <Section id="claims" heading={t("heading")}>
      <p>{t("lead")}</p>
      {m.claims.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <Table
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
      )}
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
                  action={action}
                  locale={locale}
                  op="claimPaid"
                  hidden={{ claimId: x.id }}
                  save={t("paidSave")}
                  ok={ok}
                  okText={tm("saved")}
                >
                  <TextField compact {...pf("paidOn", today)} label={t("paidOn")} narrow />
                  <TextField compact {...pf("paidAmount")} label={t("paidAmount")} narrow />
                </MoneyForm>
              </details>
            );
          })}
      {canManage && (
        <>
          <h3 className="mt-6">{t("new")}</h3>
          <MoneyForm
            formName="claim"
            action={action}
            locale={locale}
            op="claim"
            save={t("save")}
            ok={ok}
            okText={tm("saved")}
          >
            <SelectField
              compact
              {...c("partyId", m.partnership.parties.find((p) => p.side === "CIVIL_SOCIETY")?.id)}
              label={t("party")}
              options={m.partnership.parties.map((p) => ({ value: p.id, label: p.name }))}
            />
            <TextField compact {...c("amount")} label={t("amount")} narrow />
            <TextField compact {...c("reason")} label={t("reason")} rows={3} />
            <TextField compact {...c("dueDate")} label={t("dueDate")} hint="2026-12-31" narrow />
          </MoneyForm>
        </>
      )}
    </Section>
  );
}

export async function Surplus({ m, locale, flash, ok, canManage }: Props) {
  const t = await getTranslations("money.surplus");
  const { tm, party, partyYears, f, action } = await common(m, flash);
  const s = f("surplus");
  return (
    <Section id="surplus" heading={t("heading")}>
      <p>{t("lead")}</p>
      {m.surplus.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <Table
          caption={t("caption")}
          head={[t("from"), tm("summary.party"), t("amount"), t("purpose")]}
          right={[2]}
          rows={m.surplus.map((x) => [x.fromYear, party.get(x.partyId), sek(x.amountOre, locale), x.purpose])}
        />
      )}
      {canManage && partyYears.length > 0 && (
        <>
          <h3 className="mt-6">{t("new")}</h3>
          <MoneyForm
            formName="surplus"
            action={action}
            locale={locale}
            op="surplus"
            save={t("save")}
            ok={ok}
            okText={tm("saved")}
          >
            <SelectField
              compact
              {...s("partyYear", partyYears[0]?.value)}
              label={t("partyYear")}
              options={partyYears}
            />
            <TextField compact {...s("amount")} label={t("amount")} narrow />
            <TextField compact {...s("purpose")} label={t("purpose")} rows={3} />
          </MoneyForm>
        </>
      )}
    </Section>
  );
}
