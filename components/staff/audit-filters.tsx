import { SecondaryButton } from "@/components/form/buttons";
import { AUDIT_ENTITIES } from "@/lib/domain/audit";

export interface AuditFilterText {
  legend: string;
  person: string;
  anyone: string;
  entity: string;
  anyEntity: string;
  entityId: string;
  entityIdHint: string;
  from: string;
  to: string;
  filter: string;
  entities: Record<string, string>;
}

const control = "mt-2 block rounded border-2 border-slate-700 bg-white px-3 py-2";

/** The audit trail's filter: a plain GET form, so it works without JavaScript and can be bookmarked. */
export function AuditFilters({
  text,
  actors,
  value,
}: {
  text: AuditFilterText;
  actors: { id: string; name: string }[];
  value: { entity?: string; entityId?: string; actorId?: string; from?: string; to?: string };
}) {
  return (
    <form method="get" className="mt-6">
      <fieldset className="flex flex-wrap items-end gap-4">
        <legend className="mb-2 text-lg font-semibold">{text.legend}</legend>
        <Select
          id="actorId"
          label={text.person}
          all={text.anyone}
          value={value.actorId}
          options={actors.map((a) => [a.id, a.name])}
        />
        <Select
          id="entity"
          label={text.entity}
          all={text.anyEntity}
          value={value.entity}
          options={AUDIT_ENTITIES.map((e) => [e, text.entities[e] ?? e])}
        />
        <div>
          <label htmlFor="entityId" className="block font-semibold">
            {text.entityId}
          </label>
          <p id="entityId-hint" className="text-sm text-slate-700">
            {text.entityIdHint}
          </p>
          <input
            id="entityId"
            name="entityId"
            defaultValue={value.entityId ?? ""}
            aria-describedby="entityId-hint"
            maxLength={100}
            className={`${control} w-72 font-mono`}
          />
        </div>
        <div>
          <label htmlFor="from" className="block font-semibold">
            {text.from}
          </label>
          <input id="from" name="from" type="date" defaultValue={value.from ?? ""} className={control} />
        </div>
        <div>
          <label htmlFor="to" className="block font-semibold">
            {text.to}
          </label>
          <input id="to" name="to" type="date" defaultValue={value.to ?? ""} className={control} />
        </div>
        <SecondaryButton type="submit">{text.filter}</SecondaryButton>
      </fieldset>
    </form>
  );
}

function Select(props: {
  id: string;
  label: string;
  all: string;
  value: string | undefined;
  options: [string, string][];
}) {
  return (
    <div>
      <label htmlFor={props.id} className="block font-semibold">
        {props.label}
      </label>
      <select id={props.id} name={props.id} defaultValue={props.value ?? ""} className={control}>
        <option value="">{props.all}</option>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
