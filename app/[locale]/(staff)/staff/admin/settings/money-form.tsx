import { getTranslations } from "next-intl/server";
import { PrimaryButton } from "@/components/form/buttons";
import { getMoneySettings } from "@/lib/server/money-settings";
import type { Flash } from "@/lib/server/staff/flash";
import { FieldError, FieldWrap } from "@/components/form/field-kit";

/** The error summary's entry for the threshold, when its form came back. */
export async function moneyErrors(flash: Flash | null) {
  if (!flash?.errors.deviationThresholdPercent) return [];
  const t = await getTranslations("money.settings");
  return [{ fieldId: "deviation-threshold", message: `${t("threshold")}: ${t("error")}` }];
}

/** The percentage beyond which a deviation from the budget asks for a dialogue. */
export async function MoneySettingsForm({ locale, flash }: { locale: string; flash: Flash | null }) {
  const t = await getTranslations("money.settings");
  const saved = await getMoneySettings();
  const error = flash?.errors.deviationThresholdPercent ? t("error") : undefined;
  return (
    <section aria-labelledby="money-heading" className="mt-10">
      <h2 id="money-heading">{t("heading")}</h2>
      <form method="post" action="/api/staff/admin/money" noValidate>
        <input type="hidden" name="locale" value={locale} />
        <FieldWrap error={error} className="mt-4">
          <label htmlFor="deviation-threshold" className="block font-semibold">
            {t("threshold")}
          </label>
          <p id="deviation-threshold-hint" className="mt-1 text-slate-700">
            {t("hint")}
          </p>
          <FieldError id="deviation-threshold-error" label={t("threshold")} message={error} />
          <input
            id="deviation-threshold"
            name="deviationThresholdPercent"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            defaultValue={
              flash
                ? (flash.values.deviationThresholdPercent?.[0] ?? "")
                : String(saved.deviationThresholdPercent)
            }
            aria-invalid={error ? true : undefined}
            aria-describedby={
              error ? "deviation-threshold-hint deviation-threshold-error" : "deviation-threshold-hint"
            }
            className="mt-2 block w-32 rounded border-2 border-slate-700 bg-white px-3 py-2 text-base"
          />
        </FieldWrap>
        <PrimaryButton type="submit" className="mt-6">
          {t("save")}
        </PrimaryButton>
      </form>
    </section>
  );
}
