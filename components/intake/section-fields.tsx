import { getTranslations } from "next-intl/server";
import type { FieldErrors, FieldValues } from "@/lib/domain/intake/schema";
import type { SectionDef } from "@/lib/domain/intake/sections";
import { Field, type FieldText } from "../form/field";
import type { SummaryError } from "../form/error-summary";

/** Field ids are stable and unique on the page, so error summary links can point at them. */
export const fieldId = (sectionId: string, name: string) => `${sectionId}-${name}`;

/** Labels, hints, option labels and (translated) errors for a section's fields. */
export async function sectionTexts(
  section: SectionDef,
  errors: FieldErrors,
): Promise<Record<string, FieldText>> {
  const t = await getTranslations("intake");
  const home = await getTranslations("home");
  const texts: Record<string, FieldText> = {};
  for (const field of section.fields) {
    const base = `fields.${section.id}.${field.name}` as const;
    const label = t(`${base}.label` as never);
    const hint = t.has(`${base}.hint` as never) ? t(`${base}.hint` as never) : undefined;
    const error = errors[field.name];
    const options =
      field.type === "themes"
        ? Object.fromEntries((field.options ?? []).map((o) => [o, home(`themes.${o}` as never)]))
        : field.type === "select"
          ? Object.fromEntries((field.options ?? []).map((o) => [o, t(`organisationForms.${o}` as never)]))
          : undefined;
    texts[field.name] = {
      label,
      hint,
      options,
      chooseOption: t("chooseOption"),
      error: error
        ? (t as unknown as LooseT)(`errors.${error.key}`, { label, max: error.max ?? field.max })
        : undefined,
    };
  }
  return texts;
}

const ERROR_KEYS = [
  "required",
  "tooLong",
  "email",
  "url",
  "phone",
  "count",
  "invalidOption",
  "chooseOne",
  "atLeastOne",
  "invalid",
  "orgNumber.format",
  "orgNumber.checkDigit",
  "orgNumber.notLegalEntity",
];

/** Every message each field can show, for checking in the browser with the same schema. */
export async function sectionErrorMessages(
  section: SectionDef,
): Promise<Record<string, Record<string, string>>> {
  const t = (await getTranslations("intake")) as unknown as LooseT & { (key: string): string };
  const out: Record<string, Record<string, string>> = {};
  for (const field of section.fields) {
    const label = t(`fields.${section.id}.${field.name}.label`);
    out[field.name] = Object.fromEntries(
      ERROR_KEYS.map((k) => [k, t(`errors.${k}`, { label, max: field.max })]),
    );
  }
  return out;
}

export function summaryErrors(section: SectionDef, texts: Record<string, FieldText>): SummaryError[] {
  return section.fields
    .filter((f) => texts[f.name]?.error)
    .map((f) => ({ fieldId: fieldId(section.id, f.name), message: texts[f.name]!.error! }));
}

export function SectionFields({
  section,
  values,
  texts,
}: {
  section: SectionDef;
  values: FieldValues | undefined;
  texts: Record<string, FieldText>;
}) {
  return (
    <>
      {section.fields.map((field) => (
        <Field
          key={field.name}
          field={field}
          id={fieldId(section.id, field.name)}
          value={values?.[field.name]}
          text={texts[field.name]!}
        />
      ))}
    </>
  );
}

// Keys built at run time (error codes) cannot be checked against the message types.
type LooseT = (key: string, values?: Record<string, string | number>) => string;
