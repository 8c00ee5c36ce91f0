import { getFormatter } from "next-intl/server";
import { AuditFilters } from "@/components/staff/audit-filters";
import { AuditTable } from "@/components/staff/audit-table";
import { AUDIT_ENTITIES, type FieldChanges } from "@/lib/domain/audit";
import { auditActors, auditFilterQuery, listAuditEvents, parseAuditFilter } from "@/lib/server/audit/query";
import { pagePath } from "@/lib/server/urls";
import { Pagination, pagingText } from "@/components/pagination";
import { openStaffPage, staffMetadata } from "@/lib/server/staff/page";

type Props = PageProps<"/[locale]/staff/audit">;

export const generateMetadata = staffMetadata("audit.title");

export default async function AuditPage({ params, searchParams }: Props) {
  const { locale, t } = await openStaffPage(params, "readAuditTrail", "/staff/audit", "audit");
  const format = await getFormatter();
  const filter = parseAuditFilter(await searchParams);
  const [{ rows, total, pages }, actors] = await Promise.all([listAuditEvents(filter), auditActors()]);
  const base = pagePath(locale, "/staff/audit");
  const entities = Object.fromEntries(AUDIT_ENTITIES.map((e) => [e, t(`entities.${e}`)]));
  const actionText = (action: string) => (t.has(`actions.${action}`) ? t(`actions.${action}`) : action);
  const who = (r: (typeof rows)[number]) =>
    r.actorType === "STAFF" ? (r.actor?.name ?? t("unknownStaff")) : t(`actorTypes.${r.actorType}`);
  const page = Math.min(filter.page, pages);
  const pageHref = (n: number) => `${base}?${auditFilterQuery(filter, n)}`;
  const query = auditFilterQuery(filter);

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="text-lg">{t("lead")}</p>
      <AuditFilters actors={actors} value={filter} />
      <p className="mt-6" role="status">
        {t("count", { count: total })}{" "}
        <a href={`/api/staff/audit/export${query ? `?${query}` : ""}`}>{t("export")}</a>
      </p>
      {rows.length === 0 ? (
        <p className="mt-4">{t("empty")}</p>
      ) : (
        <AuditTable
          text={{
            caption: t("caption"),
            when: t("columns.when"),
            who: t("columns.who"),
            what: t("columns.what"),
            record: t("columns.record"),
            changes: t("columns.changes"),
          }}
          rows={rows.map((r) => ({
            id: r.id,
            when: format.dateTime(r.createdAt, { dateStyle: "short", timeStyle: "medium" }),
            who: who(r),
            entity: entities[r.entity] ?? r.entity,
            entityId: r.entityId,
            action: actionText(r.action),
            changes: (r.changes ?? {}) as FieldChanges,
          }))}
        />
      )}
      <Pagination page={page} pages={pages} href={pageHref} text={pagingText(t, page, pages)} />
    </>
  );
}
