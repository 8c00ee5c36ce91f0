import { useTranslations } from "next-intl";
import { PrimaryButton } from "@/components/form/buttons";
import { eventTypeKey, WEBHOOK_EVENT_TYPES } from "@/lib/domain/webhooks";
import { FieldError, FieldWrap, inputClass } from "@/components/form/field-kit";

// The endpoint form, for adding one and for changing one: address, events, active.

export interface EndpointFormValues {
  url: string;
  events: readonly string[];
  active: boolean;
}

export const fieldId = (prefix: string, field: string) =>
  field === "events" ? `${prefix}-events-${WEBHOOK_EVENT_TYPES[0].replace(".", "-")}` : `${prefix}-url`;

export function EndpointForm({
  prefix,
  action,
  locale,
  values,
  errors,
  submit,
}: {
  prefix: string;
  action: string;
  locale: string;
  values: EndpointFormValues;
  errors: Record<string, string>;
  submit: string;
}) {
  const t = useTranslations("adminWebhooks");
  const err = (code?: string) => (code ? t(`errors.${code}` as "errors.urlRequired") : undefined);
  return (
    <form method="post" action={action} noValidate>
      <input type="hidden" name="locale" value={locale} />
      <FieldWrap error={errors.url}>
        <label htmlFor={`${prefix}-url`} className="block text-lg font-semibold">
          {t("form.url")}
        </label>
        <p id={`${prefix}-url-hint`} className="mt-1 text-slate-700">
          {t("form.urlHint")}
        </p>
        <FieldError id={`${prefix}-url-error`} label={t("form.url")} message={err(errors.url)} />
        <input
          id={`${prefix}-url`}
          name="url"
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          defaultValue={values.url}
          aria-invalid={errors.url ? true : undefined}
          aria-describedby={`${prefix}-url-hint${errors.url ? ` ${prefix}-url-error` : ""}`}
          className={inputClass("medium")}
        />
      </FieldWrap>
      <FieldWrap error={errors.events}>
        <fieldset aria-describedby={errors.events ? `${prefix}-events-error` : undefined}>
          <legend className="text-lg font-semibold">{t("form.events")}</legend>
          <FieldError id={`${prefix}-events-error`} label={t("form.events")} message={err(errors.events)} />
          <div className="mt-2 space-y-2">
            {WEBHOOK_EVENT_TYPES.map((type) => {
              const id = `${prefix}-events-${type.replace(".", "-")}`;
              return (
                <div key={type} className="flex items-center gap-3">
                  <input
                    type="checkbox"
                    id={id}
                    name="events"
                    value={type}
                    defaultChecked={values.events.includes(type)}
                    className="h-6 w-6"
                  />
                  <label htmlFor={id}>{t(`eventTypes.${eventTypeKey(type)}`)}</label>
                </div>
              );
            })}
          </div>
        </fieldset>
      </FieldWrap>
      <div className="mt-6 flex items-center gap-3">
        <input
          type="checkbox"
          id={`${prefix}-active`}
          name="active"
          defaultChecked={values.active}
          className="h-6 w-6"
        />
        <label htmlFor={`${prefix}-active`}>{t("form.active")}</label>
      </div>
      <PrimaryButton type="submit" className="mt-8">
        {submit}
      </PrimaryButton>
    </form>
  );
}
