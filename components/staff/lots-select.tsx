/** A choice of lots coordinator (or nobody), for assigning cases. */
export function LotsSelect(props: {
  label: string;
  noneLabel: string;
  lotsUsers: { id: string; name: string }[];
  defaultValue?: string;
}) {
  return (
    <div>
      <label htmlFor="assignTo" className="block font-semibold">
        {props.label}
      </label>
      <select
        id="assignTo"
        name="assignTo"
        defaultValue={props.defaultValue ?? "none"}
        className="mt-1 rounded border-2 border-slate-700 px-2 py-2"
      >
        <option value="none">{props.noneLabel}</option>
        {props.lotsUsers.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </select>
    </div>
  );
}
