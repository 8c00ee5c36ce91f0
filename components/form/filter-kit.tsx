import {
  type FieldProps,
  type FieldWidth,
  type Option,
  SelectField,
  TextField,
  type TextFieldProps,
} from "./field-kit";

// The fields of the filter forms above lists (the inbox, the register, the audit trail, the read
// log). They are the field kit's fields with a compact label and no space above: the form's grid or
// row spaces them.

/** Fields in the cells of a grid take the cell's width. */
export const inGrid = { compact: true, spacing: "", width: "widest" } as const;
/** Fields side by side in a row are as wide as they need. */
export const inRow = { compact: true, spacing: "", width: "fit" } as const;

/** A choice among the values, or (`all`, an empty first choice) all of them. */
export function FilterSelect(
  p: FieldProps & {
    value: string | number | undefined;
    all?: string;
    options: Option[];
    width: FieldWidth;
  },
) {
  return <SelectField {...p} value={p.value === undefined ? "" : String(p.value)} placeholder={p.all} />;
}

/** The two dates that bound a search, each a field of its own (`from` and `to`). */
export function DateRange({
  labels,
  value,
}: {
  labels: { from: string; to: string };
  value: { from?: string; to?: string };
}) {
  return (
    <>
      <TextField {...inRow} type="date" id="from" label={labels.from} value={value.from} />
      <TextField {...inRow} type="date" id="to" label={labels.to} value={value.to} />
    </>
  );
}

/**
 * The fields of a filter form, each set to its value among `values`, with the id
 * `${idPrefix}${name}`: `choice(name, label, options, all)` draws a select (`all`, an empty first
 * choice, defaults to the form's), `text(name, label, extra)` a text field (`extra`: its type,
 * hint, bounds).
 */
export function filterFields<K extends string>(
  values: Partial<Record<K, string | number | undefined>>,
  { layout, idPrefix = "", all }: { layout: typeof inGrid | typeof inRow; idPrefix?: string; all?: string },
) {
  const common = (name: K, label: string) => {
    const value = values[name];
    return {
      ...layout,
      id: `${idPrefix}${name}`,
      name,
      label,
      value: value === undefined ? "" : String(value),
    };
  };
  return {
    choice(name: K, label: string, options: [value: string, label: string][], choiceAll = all) {
      return (
        <FilterSelect
          {...common(name, label)}
          all={choiceAll}
          options={options.map(([value, text]) => ({ value, label: text }))}
        />
      );
    },
    text(name: K, label: string, extra: Omit<TextFieldProps, "id" | "label"> = {}) {
      return <TextField {...common(name, label)} {...extra} />;
    },
  };
}
