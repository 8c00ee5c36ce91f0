import { FileField, SelectField, TextField } from "@/components/form/field-kit";

// One field of the partner's report form, drawn with the field kit; the page passes the form's
// values and errors once, as functions of the field's name.

const FILE_TYPES = ".pdf,.jpg,.jpeg,.png,.docx,.xlsx,.odt,.ods";

export function ReportField(p: {
  name: string;
  label: string;
  hint?: string;
  value: (name: string) => string;
  error: (name: string) => string | undefined;
  rows?: number;
  numeric?: boolean;
  file?: boolean;
  options?: { value: string; label: string }[];
  choose?: string;
}) {
  const field = { id: p.name, name: p.name, label: p.label, hint: p.hint, error: p.error(p.name) };
  if (p.options) {
    return (
      <SelectField
        {...field}
        value={p.value(p.name)}
        options={p.options}
        placeholder={p.choose ?? ""}
        width="wide"
      />
    );
  }
  if (p.file) {
    return <FileField {...field} multiple accept={FILE_TYPES} />;
  }
  return (
    <TextField
      {...field}
      value={p.value(p.name)}
      rows={p.rows}
      inputMode={p.rows ? undefined : p.numeric ? "numeric" : "decimal"}
      width={p.rows ? "wide" : "narrow"}
    />
  );
}
