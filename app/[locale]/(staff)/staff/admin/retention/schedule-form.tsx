import { getTranslations } from "next-intl/server";
import { ALLOWED_ACTIONS, RETENTION_RULES, type RetentionSchedule } from "@/lib/domain/retention";
import type { Flash } from "@/lib/server/staff/flash";
import { SelectField, TextField } from "@/components/form/field-kit";
import { PostForm } from "@/components/form/post-form";

/** The error summary's entries when the schedule came back with errors. */
export async function scheduleErrors(flash: Flash | null) {
  if (!flash) return [];
  const t = await getTranslations("retention");
  return RETENTION_RULES.flatMap((rule) =>
    (["days", "action"] as const).flatMap((f) => {
      const code = flash.errors[`${rule}-${f}`];
      return code
        ? [
            {
              fieldId: `${rule}-${f}`,
              message: `${t(`rules.${rule}`)}: ${t(`schedule.errors.${code}` as "schedule.errors.daysInvalid")}`,
            },
          ]
        : [];
    }),
  );
}

/** One fieldset per rule: a period in days and the actions that rule allows (lib/domain/retention.ts). */
export async function ScheduleForm({ saved, flash }: { saved: RetentionSchedule; flash: Flash | null }) {
  const t = await getTranslations("retention");
  const value = (rule: string, f: string, fallback: string) =>
    flash ? (flash.values[`${rule}-${f}`]?.[0] ?? "") : fallback;
  return (
    <section aria-labelledby="schedule-heading" className="mt-8">
      <h2 id="schedule-heading">{t("schedule.formTitle")}</h2>
      <p id="days-hint" className="text-slate-700">
        {t("schedule.daysHint")}
      </p>
      <PostForm action="/api/staff/admin/retention" submit={t("schedule.save")} submitSpacing="mt-8">
        {RETENTION_RULES.map((rule) => {
          const daysError = flash?.errors[`${rule}-days`];
          const actionError = flash?.errors[`${rule}-action`];
          const daysMsg = daysError
            ? t(`schedule.errors.${daysError}` as "schedule.errors.daysInvalid")
            : undefined;
          const actionMsg = actionError
            ? t(`schedule.errors.${actionError}` as "schedule.errors.actionInvalid")
            : undefined;
          return (
            <fieldset key={rule} className="mt-6 border-t border-slate-300 pt-4">
              <legend className="text-lg font-semibold">{t(`rules.${rule}`)}</legend>
              <div className="flex flex-wrap gap-6">
                <TextField
                  id={`${rule}-days`}
                  label={t("schedule.days")}
                  error={daysMsg}
                  value={value(rule, "days", String(saved[rule].days))}
                  inputMode="numeric"
                  autoComplete="off"
                  alsoDescribedBy="days-hint"
                  width="tiny"
                  compact
                  spacing="mt-2"
                />
                <SelectField
                  id={`${rule}-action`}
                  label={t("schedule.action")}
                  error={actionMsg}
                  value={value(rule, "action", saved[rule].action)}
                  options={ALLOWED_ACTIONS[rule].map((a) => ({ value: a, label: t(`actions.${a}`) }))}
                  width="narrow"
                  compact
                  spacing="mt-2"
                />
              </div>
            </fieldset>
          );
        })}
      </PostForm>
    </section>
  );
}
