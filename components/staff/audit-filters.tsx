import { SecondaryButton } from "@/components/form/buttons";
import { DateRange, filterFields, inRow } from "@/components/form/filter-kit";
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
  const { choice, text: textField } = filterFields(value, { layout: inRow });
  return (
    <form method="get" className="mt-6">
      <fieldset className="flex flex-wrap items-end gap-4">
        <legend className="mb-2 text-lg font-semibold">{text.legend}</legend>
        {choice(
          "actorId",
          text.person,
          actors.map((a) => [a.id, a.name]),
          text.anyone,
        )}
        {choice(
          "entity",
          text.entity,
          AUDIT_ENTITIES.map((e) => [e, text.entities[e] ?? e]),
          text.anyEntity,
        )}
        {textField("entityId", text.entityId, {
          hint: text.entityIdHint,
          maxLength: 100,
          controlClass: "w-72 font-mono",
        })}
        <DateRange labels={text} value={value} />
        <SecondaryButton type="submit">{text.filter}</SecondaryButton>
      </fieldset>
    </form>
  );
}
