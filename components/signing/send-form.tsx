import { PrimaryButton } from "@/components/form/buttons";
import { SelectField, TextField } from "@/components/form/field-kit";

// One party's signatory form on the versions page (a plain form: works without JavaScript).

export interface SendFormText {
  heading: string;
  name: string;
  role: string;
  email: string;
  mailLocale: string;
  localeSv: string;
  localeEn: string;
  button: string;
}

export function SendForm({
  action,
  locale,
  partyId,
  values,
  errors,
  text,
}: {
  action: string;
  locale: string;
  partyId: string;
  values: Record<string, string>;
  errors: Record<string, string | undefined>;
  text: SendFormText;
}) {
  const id = (f: string) => `send-${partyId}-${f}`;
  return (
    <form method="post" action={action} noValidate className="mt-4 border-l-4 border-slate-300 pl-4">
      <h3 className="mt-0">{text.heading}</h3>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="partyId" value={partyId} />
      {(["name", "role", "email"] as const).map((f) => (
        <TextField key={f} compact id={id(f)} name={f} label={text[f]} value={values[f]} error={errors[f]} />
      ))}
      <SelectField
        compact
        id={id("mailLocale")}
        name="mailLocale"
        label={text.mailLocale}
        value={values.mailLocale ?? locale}
        error={errors.mailLocale}
        options={[
          { value: "sv", label: text.localeSv },
          { value: "en", label: text.localeEn },
        ]}
      />
      <PrimaryButton type="submit" className="mt-4">
        {text.button}
      </PrimaryButton>
    </form>
  );
}
