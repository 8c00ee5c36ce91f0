import { getTranslations } from "next-intl/server";
import { getMoneySettings } from "@/lib/server/money-settings";
import type { Flash } from "@/lib/server/staff/flash";
import { TextField } from "@/components/form/field-kit";
import { PostForm } from "@/components/form/post-form";

/** The error summary's entry for the threshold, when its form came back. */
export async function moneyErrors(flash: Flash | null) {
  if (!flash?.errors.deviationThresholdPercent) return [];
  const t = await getTranslations("money.settings");
  return [{ fieldId: "deviation-threshold", message: `${t("threshold")}: ${t("error")}` }];
}

/** The percentage beyond which a deviation from the budget asks for a dialogue. */
export async function MoneySettingsForm({ flash }: { flash: Flash | null }) {
  const t = await getTranslations("money.settings");
  const saved = await getMoneySettings();
  const error = flash?.errors.deviationThresholdPercent ? t("error") : undefined;
  return (
    <section aria-labelledby="money-heading" className="mt-10">
      <h2 id="money-heading">{t("heading")}</h2>
      <PostForm action="/api/staff/admin/money" submit={t("save")}>
        <TextField
          id="deviation-threshold"
          name="deviationThresholdPercent"
          label={t("threshold")}
          hint={t("hint")}
          error={error}
          value={
            flash ? flash.values.deviationThresholdPercent?.[0] : String(saved.deviationThresholdPercent)
          }
          inputMode="numeric"
          autoComplete="off"
          width="tiny"
          compact
          spacing="mt-4"
        />
      </PostForm>
    </section>
  );
}
