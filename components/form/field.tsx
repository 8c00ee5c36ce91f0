import type { FieldDef } from "@/lib/domain/intake/sections";
import { CheckboxGroup, SelectField, TextField } from "./field-kit";

export interface FieldText {
  label: string;
  hint?: string;
  error?: string;
  /** Labels of the options of a select or checkbox list, by value. */
  options?: Record<string, string>;
  chooseOption?: string;
  maxHint?: string;
}

/** One field of the public form, drawn from its definition in lib/domain/intake/sections.ts. */
export function Field({
  field,
  id,
  value,
  text,
}: {
  field: FieldDef;
  id: string;
  value: string | string[] | undefined;
  text: FieldText;
}) {
  const base = { id, name: field.name, label: text.label, hint: text.hint, error: text.error };
  const options = (field.options ?? []).map((option) => ({
    value: option,
    label: text.options?.[option] ?? option,
  }));
  const str = typeof value === "string" ? value : "";

  if (field.type === "themes") {
    return <CheckboxGroup {...base} options={options} chosen={Array.isArray(value) ? value : []} />;
  }
  const common = { ...base, required: field.required, autoComplete: field.autocomplete, value: str };
  if (field.type === "select") {
    return <SelectField {...common} options={options} placeholder={text.chooseOption ?? ""} width="wide" />;
  }
  if (field.type === "textarea") return <TextField {...common} rows={6} />;
  const type =
    field.type === "email" ? "email" : field.type === "tel" ? "tel" : field.type === "url" ? "url" : "text";
  return (
    <TextField
      {...common}
      type={type}
      inputMode={field.type === "count" ? "numeric" : undefined}
      spellCheck={field.type === "email" || field.type === "url" ? false : undefined}
      narrow={field.type === "count" || field.type === "orgNumber"}
    />
  );
}
