import { useTranslations } from "next-intl";
import { SecondaryButton } from "@/components/form/buttons";
import { DateRange, filterFields, inRow } from "@/components/form/filter-kit";
import { AUDIT_ENTITIES } from "@/lib/domain/audit";

/** The audit trail's filter: a plain GET form, so it works without JavaScript and can be bookmarked. */
export function AuditFilters({
  actors,
  value,
}: {
  actors: { id: string; name: string }[];
  value: { entity?: string; entityId?: string; actorId?: string; from?: string; to?: string };
}) {
  const t = useTranslations("audit");
  const { choice, text } = filterFields(value, { layout: inRow });
  return (
    <form method="get" className="mt-6">
      <fieldset className="flex flex-wrap items-end gap-4">
        <legend className="mb-2 text-lg font-semibold">{t("filter.legend")}</legend>
        {choice(
          "actorId",
          t("filter.person"),
          actors.map((a) => [a.id, a.name]),
          t("filter.anyone"),
        )}
        {choice(
          "entity",
          t("filter.entity"),
          AUDIT_ENTITIES.map((e) => [e, t(`entities.${e}`)]),
          t("filter.anyEntity"),
        )}
        {text("entityId", t("filter.entityId"), {
          hint: t("filter.entityIdHint"),
          maxLength: 100,
          controlClass: "w-72 font-mono",
        })}
        <DateRange labels={{ from: t("filter.from"), to: t("filter.to") }} value={value} />
        <SecondaryButton type="submit">{t("filter.submit")}</SecondaryButton>
      </fieldset>
    </form>
  );
}
