import { SelectField } from "@/components/form/field-kit";
import { inRow } from "@/components/form/filter-kit";

/** A choice of lots coordinator (or nobody), for assigning cases. */
export function LotsSelect(props: {
  label: string;
  noneLabel: string;
  lotsUsers: { id: string; name: string }[];
  defaultValue?: string;
}) {
  return (
    <SelectField
      {...inRow}
      id="assignTo"
      label={props.label}
      value={props.defaultValue ?? "none"}
      options={[
        { value: "none", label: props.noneLabel },
        ...props.lotsUsers.map((u) => ({ value: u.id, label: u.name })),
      ]}
    />
  );
}
