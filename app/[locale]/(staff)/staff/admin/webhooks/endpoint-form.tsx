import { useTranslations } from "next-intl";
import { PrimaryButton } from "@/components/form/buttons";
import { eventTypeKey, WEBHOOK_EVENT_TYPES } from "@/lib/domain/webhooks";
import { CheckboxField, CheckboxGroup, TextField } from "@/components/form/field-kit";

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
      <TextField
        id={`${prefix}-url`}
        name="url"
        type="url"
        label={t("form.url")}
        hint={t("form.urlHint")}
        error={err(errors.url)}
        value={values.url}
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        width="medium"
      />
      <CheckboxGroup
        id={`${prefix}-events`}
        name="events"
        label={t("form.events")}
        error={err(errors.events)}
        options={WEBHOOK_EVENT_TYPES.map((type) => ({
          value: type,
          id: `${prefix}-events-${type.replace(".", "-")}`,
          label: t(`eventTypes.${eventTypeKey(type)}`),
        }))}
        chosen={values.events}
      />
      <CheckboxField id={`${prefix}-active`} name="active" label={t("form.active")} checked={values.active} />
      <PrimaryButton type="submit" className="mt-8">
        {submit}
      </PrimaryButton>
    </form>
  );
}
