import { getTranslations } from "next-intl/server";
import { PrimaryButton, SecondaryButton } from "@/components/form/buttons";
import { BUDGET_KINDS, type BudgetLine } from "@/lib/domain/budget";
import type { Locale } from "@/lib/i18n/routing";
import type { Flash } from "@/lib/server/staff/flash";
import { SelectField, TextField } from "@/components/form/field-kit";
import { fieldsOf } from "@/components/form/form-fields";
import { PostForm } from "@/components/form/post-form";

// One budget line's form: a new line, or an existing one (folded in a <details>, which opens by
// itself without JavaScript) with its remove button.

const num = (n: number, locale: Locale) => (locale === "sv" ? String(n).replace(".", ",") : String(n));

export function quantityText(line: BudgetLine, locale: Locale): string {
  if (line.factors?.length)
    return line.factors
      .map((f) => `${num(f.quantity, locale)}${f.unit && f.unit !== "×" ? ` ${f.unit}` : ""}`)
      .join(" × ");
  return num(line.quantity, locale);
}

export async function BudgetLineForm({
  partnershipId,
  locale,
  version,
  parties,
  flash,
  ok,
  line,
}: {
  partnershipId: string;
  locale: Locale;
  version: number;
  parties: { id: string; name: string }[];
  flash: Flash | null;
  ok?: string;
  line: (BudgetLine & { id: string }) | null;
}) {
  const t = await getTranslations("partnerships");
  const tk = t as unknown as (key: string) => string;
  const form = line ? `line-${line.id}` : "line-new";
  const mine = flash?.form === form ? flash : null;
  const f = fieldsOf(form, flash, (code) => tk(`errors.${code}`));
  const fields = (
    <PostForm action={`/api/staff/partnerships/${partnershipId}/budget`} hidden={{ version }}>
      {line && <input type="hidden" name="lineId" value={line.id} />}
      <SelectField
        compact
        {...f("partyId", line?.partyId ?? "")}
        label={t("budget.party")}
        placeholder=""
        options={parties.map((p) => ({ value: p.id, label: p.name }))}
      />
      <TextField
        compact
        {...f("year", String(line?.year ?? new Date().getFullYear()))}
        label={t("budget.year")}
        narrow
      />
      <SelectField
        compact
        {...f("kind", line?.kind ?? "MONEY")}
        label={t("budget.kind")}
        options={BUDGET_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
      />
      <TextField
        compact
        {...f("description", line?.description ?? "")}
        label={t("budget.description")}
        required
      />
      <TextField
        compact
        {...f("quantity", line ? quantityText(line, locale) : "")}
        label={t("budget.quantity")}
        hint={t("budget.quantityHint")}
      />
      <TextField
        compact
        {...f("unit", line?.unit ?? "")}
        label={t("budget.unit")}
        hint={t("budget.unitHint")}
        narrow
      />
      <TextField
        compact
        {...f("unitPriceSek", line ? num(line.unitPriceSek, locale) : "")}
        label={t("budget.unitPrice")}
        hint={t("budget.unitPriceHint")}
        narrow
      />
      <p className="mt-6 flex flex-wrap gap-4">
        {line ? (
          <>
            <PrimaryButton type="submit">{t("budget.save")}</PrimaryButton>
            <SecondaryButton type="submit" name="op" value="remove">
              {t("budget.remove")}
            </SecondaryButton>
          </>
        ) : (
          <PrimaryButton type="submit">{t("budget.add")}</PrimaryButton>
        )}
      </p>
    </PostForm>
  );
  const okText =
    ok === form ? (
      <p role="status" className="border-l-4 border-green-800 bg-green-50 p-3">
        {t("record.saved")}
      </p>
    ) : null;
  if (!line)
    return (
      <div id={form}>
        {ok === form && okText}
        {fields}
      </div>
    );
  return (
    <details id={form} open={!!mine} className="mt-4 border-l-4 border-slate-300 pl-4">
      <summary className="cursor-pointer font-semibold">
        {t("budget.editLine", { description: line.description })}
      </summary>
      {fields}
    </details>
  );
}
