import { getTranslations } from "next-intl/server";
import { FieldError, FieldWrap, inputClass } from "@/components/form/field-kit";
import { PrimaryButton } from "@/components/form/buttons";
import { ErrorSummary } from "@/components/form/error-summary";
import type { Flash } from "@/lib/server/staff/flash";
import { dayText, goalNamer, type FollowUpsData } from "./follow-up-lists";

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
  const { t, errors, err } = await errorTexts(flash);
  const value = (name: string) => flash?.values[name]?.[0] ?? "";
  const date = dayText(locale);
  const goalName = goalNamer(data.goals);
  const described = (field: string, hint?: boolean) =>
    [hint ? `${field}-hint` : "", errors[field] ? `${field}-error` : ""].filter(Boolean).join(" ") ||
    undefined;
  return (
    <section aria-labelledby="registrera" className="mt-10">
      <h2 id="registrera">{t("form.heading")}</h2>
      {!manage ? (
        <p>{t("form.readOnly")}</p>
      ) : (
        <form method="post" action={`/api/staff/partnerships/${id}/follow-ups`} noValidate>
          <input type="hidden" name="locale" value={locale} />
          <p>{t("form.lead")}</p>
          <FieldWrap error={err("followUpId")}>
            <label htmlFor="followUpId" className="text-lg font-semibold">
              {t("form.followUp")}
            </label>
            <FieldError id="followUpId-error" label={t("form.followUp")} message={err("followUpId")} />
            <select
              id="followUpId"
              name="followUpId"
              defaultValue={flash ? value("followUpId") : (data.due[0]?.id ?? "")}
              aria-describedby={described("followUpId")}
              aria-invalid={errors.followUpId ? true : undefined}
              className={inputClass("medium")}
            >
              {data.due.map((f) => (
                <option key={f.id} value={f.id}>
                  {t("form.scheduledOption", { date: date(f.dueDate), kind: t(`kinds.${f.kind}`) })}
                </option>
              ))}
              <option value="">{t("form.unscheduled")}</option>
            </select>
          </FieldWrap>
          <FieldWrap error={err("heldOn")}>
            <label htmlFor="heldOn" className="text-lg font-semibold">
              {t("form.heldOn")}
            </label>
            <p id="heldOn-hint" className="mt-1 text-slate-700">
              {t("form.heldOnHint")}
            </p>
            <FieldError id="heldOn-error" label={t("form.heldOn")} message={err("heldOn")} />
            <input
              id="heldOn"
              name="heldOn"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              defaultValue={flash ? value("heldOn") : data.today}
              aria-describedby={described("heldOn", true)}
              aria-invalid={errors.heldOn ? true : undefined}
              aria-required
              className={inputClass("tiny")}
            />
          </FieldWrap>
          <FieldWrap error={err("participants")}>
            <label htmlFor="participants" className="text-lg font-semibold">
              {t("form.participants")}
            </label>
            <p id="participants-hint" className="mt-1 text-slate-700">
              {t("form.participantsHint")}
            </p>
            <FieldError
              id="participants-error"
              label={t("form.participants")}
              message={err("participants")}
            />
            <textarea
              id="participants"
              name="participants"
              rows={3}
              defaultValue={value("participants")}
              aria-describedby={described("participants", true)}
              aria-invalid={errors.participants ? true : undefined}
              aria-required
              className={inputClass("wide")}
            />
          </FieldWrap>
          <FieldWrap error={err("notes")}>
            <label htmlFor="notes" className="text-lg font-semibold">
              {t("form.notes")}
            </label>
            <FieldError id="notes-error" label={t("form.notes")} message={err("notes")} />
            <textarea
              id="notes"
              name="notes"
              rows={6}
              defaultValue={value("notes")}
              aria-describedby={described("notes")}
              aria-invalid={errors.notes ? true : undefined}
              className={inputClass("wide")}
            />
          </FieldWrap>
          <fieldset className="mt-8" aria-describedby="indicators-hint">
            <legend className="text-lg font-semibold">{t("form.indicatorsLegend")}</legend>
            <p id="indicators-hint" className="mt-1 text-slate-700">
              {data.goals.length ? t("form.indicatorsHint") : t("form.noGoals")}
            </p>
            {data.goals.map((g) => (
              <div key={g.id} className="mt-4 border-l-4 border-slate-300 pl-4">
                <FieldWrap error={err(`value-${g.id}`)} className="mt-2">
                  <label htmlFor={`value-${g.id}`} className="font-semibold">
                    {t("form.value", { goal: goalName(g.id) })}
                  </label>
                  <p id={`value-${g.id}-hint`} className="mt-1 text-slate-700">
                    {[g.text, g.target ? t("form.target", { target: g.target }) : ""]
                      .filter(Boolean)
                      .join(". ")}
                  </p>
                  <FieldError
                    id={`value-${g.id}-error`}
                    label={goalName(g.id)}
                    message={err(`value-${g.id}`)}
                  />
                  <input
                    id={`value-${g.id}`}
                    name={`value-${g.id}`}
                    type="text"
                    inputMode="decimal"
                    autoComplete="off"
                    defaultValue={value(`value-${g.id}`)}
                    aria-describedby={described(`value-${g.id}`, true)}
                    aria-invalid={errors[`value-${g.id}`] ? true : undefined}
                    className={inputClass("tiny")}
                  />
                </FieldWrap>
                <FieldWrap error={err(`comment-${g.id}`)} className="mt-3">
                  <label htmlFor={`comment-${g.id}`}>{t("form.comment")}</label>
                  <FieldError
                    id={`comment-${g.id}-error`}
                    label={t("form.comment")}
                    message={err(`comment-${g.id}`)}
                  />
                  <input
                    id={`comment-${g.id}`}
                    name={`comment-${g.id}`}
                    type="text"
                    defaultValue={value(`comment-${g.id}`)}
                    aria-describedby={described(`comment-${g.id}`)}
                    aria-invalid={errors[`comment-${g.id}`] ? true : undefined}
                    className={inputClass("medium")}
                  />
                </FieldWrap>
              </div>
            ))}
          </fieldset>
          <PrimaryButton type="submit" className="mt-8">
            {t("form.submit")}
          </PrimaryButton>
        </form>
      )}
    </section>
  );
}
