import { type FieldProps, type FieldWidth, type Option, SelectField, TextField } from "./field-kit";

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
 * The choices of a filter form laid out in a grid: `choice(name, label, options)` draws the select
 * `f-${name}`, set to its value among `values`; `all` is an empty first choice.
 */
export function gridChoices<K extends string>(
  values: Partial<Record<K, string | number | undefined>>,
  all?: string,
) {
  return function choice(name: K, label: string, options: [value: string, label: string][]) {
    return (
      <FilterSelect
        {...inGrid}
        id={`f-${name}`}
        name={name}
        label={label}
        value={values[name]}
        all={all}
        options={options.map(([value, text]) => ({ value, label: text }))}
      />
    );
  };
}
