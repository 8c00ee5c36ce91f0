import { SecondaryButton } from "@/components/form/buttons";
import { TextField } from "@/components/form/field-kit";
import { DateRange, FilterSelect, inRow } from "@/components/form/filter-kit";
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
        <FilterSelect
          {...inRow}
          id="actorId"
          label={text.person}
          all={text.anyone}
          value={value.actorId}
          options={actors.map((a) => ({ value: a.id, label: a.name }))}
        />
        <FilterSelect
          {...inRow}
          id="entity"
          label={text.entity}
          all={text.anyEntity}
          value={value.entity}
          options={AUDIT_ENTITIES.map((e) => ({ value: e, label: text.entities[e] ?? e }))}
        />
        <TextField
          {...inRow}
          id="entityId"
          label={text.entityId}
          hint={text.entityIdHint}
          value={value.entityId}
          maxLength={100}
          controlClass="w-72 font-mono"
        />
        <DateRange labels={text} value={value} />
        <SecondaryButton type="submit">{text.filter}</SecondaryButton>
      </fieldset>
    </form>
  );
}
