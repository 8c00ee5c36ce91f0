import { getTranslations } from "next-intl/server";
import { SelectField, TextField } from "@/components/form/field-kit";
import { ErrorSummary } from "@/components/form/error-summary";
import type { Flash } from "@/lib/server/staff/flash";
import { dayText, goalNamer, type FollowUpsData } from "./follow-up-lists";
import { PostForm } from "@/components/form/post-form";

// Recording a follow-up: the form, and the summary of its errors after a failed post (the typed
// values and errors come back in the flash).

async function errorTexts(flash: Flash | null) {
  const t = await getTranslations("followUps");
  const errors = flash?.errors ?? {};
  const err = (field: string) =>
    errors[field] ? t(`errors.${errors[field]}` as "errors.heldOnRequired") : undefined;
  return { t, errors, err };
}

export async function FollowUpErrorSummary({
  goals,
  flash,
}: {
  goals: FollowUpsData["goals"];
  flash: Flash | null;
}) {
  const { t, errors, err } = await errorTexts(flash);
  const goalName = goalNamer(goals);
  const fieldOrder = [
    "followUpId",
    "heldOn",
    "participants",
    "notes",
    ...goals.flatMap((g) => [`value-${g.id}`, `comment-${g.id}`]),
  ];
  const label = (field: string) => {
    const m = /^(value|comment)-(.+)$/.exec(field);
    if (m) return m[1] === "value" ? t("form.value", { goal: goalName(m[2]!) }) : t("form.comment");
    return t(`form.${field}` as "form.heldOn");
  };
  return (
    <ErrorSummary
      title={t("errors.summaryTitle")}
      errors={fieldOrder
        .filter((f) => errors[f])
        .map((f) => ({ fieldId: f, message: `${label(f)}: ${err(f)}` }))}
    />
  );
}

export async function FollowUpForm({
  id,
  locale,
  manage,
  data,
  flash,
}: {
  id: string;
  locale: string;
  manage: boolean;
  data: FollowUpsData;
  flash: Flash | null;
}) {
  const { t, err } = await errorTexts(flash);
  const value = (name: string) => flash?.values[name]?.[0] ?? "";
  const date = dayText(locale);
  const goalName = goalNamer(data.goals);
  const field = (name: string) => ({ id: name, name, error: err(name), value: value(name) });
  return (
    <section aria-labelledby="registrera" className="mt-10">
      <h2 id="registrera">{t("form.heading")}</h2>
      {!manage ? (
        <p>{t("form.readOnly")}</p>
      ) : (
        <PostForm
          action={`/api/staff/partnerships/${id}/follow-ups`}
          submit={t("form.submit")}
          submitSpacing="mt-8"
        >
          <p>{t("form.lead")}</p>
          <SelectField
            {...field("followUpId")}
            label={t("form.followUp")}
            value={flash ? value("followUpId") : (data.due[0]?.id ?? "")}
            options={[
              ...data.due.map((f) => ({
                value: f.id,
                label: t("form.scheduledOption", { date: date(f.dueDate), kind: t(`kinds.${f.kind}`) }),
              })),
              { value: "", label: t("form.unscheduled") },
            ]}
          />
          <TextField
            {...field("heldOn")}
            label={t("form.heldOn")}
            hint={t("form.heldOnHint")}
            value={flash ? value("heldOn") : data.today}
            inputMode="numeric"
            autoComplete="off"
            required
            width="tiny"
          />
          <TextField
            {...field("participants")}
            label={t("form.participants")}
            hint={t("form.participantsHint")}
            rows={3}
            required
          />
          <TextField {...field("notes")} label={t("form.notes")} rows={6} />
          <fieldset className="mt-8" aria-describedby="indicators-hint">
            <legend className="text-lg font-semibold">{t("form.indicatorsLegend")}</legend>
            <p id="indicators-hint" className="mt-1 text-slate-700">
              {data.goals.length ? t("form.indicatorsHint") : t("form.noGoals")}
            </p>
            {data.goals.map((g) => (
              <div key={g.id} className="mt-4 border-l-4 border-slate-300 pl-4">
                <TextField
                  {...field(`value-${g.id}`)}
                  label={t("form.value", { goal: goalName(g.id) })}
                  hint={[g.text, g.target ? t("form.target", { target: g.target }) : ""]
                    .filter(Boolean)
                    .join(". ")}
                  inputMode="decimal"
                  autoComplete="off"
                  width="tiny"
                  compact
                  spacing="mt-2"
                />
                <TextField
                  {...field(`comment-${g.id}`)}
                  label={t("form.comment")}
                  width="medium"
                  compact
                  spacing="mt-3"
                />
              </div>
            ))}
          </fieldset>
        </PostForm>
      )}
    </section>
  );
}
