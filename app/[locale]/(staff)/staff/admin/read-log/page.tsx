import { getFormatter } from "next-intl/server";
import { SecondaryButton } from "@/components/form/buttons";
import { DateRange, filterFields, inRow } from "@/components/form/filter-kit";
import { Pagination, pagingText } from "@/components/pagination";
import { DataTable } from "@/components/data-table";
import { auditActors } from "@/lib/server/audit/query";
import { parseReadLogFilter, readLogFilterQuery, searchReadLog } from "@/lib/server/records/read-log-query";
import { pagePath } from "@/lib/server/urls";
import { AdminNav } from "@/components/staff/admin/admin-nav";
import { openStaffPage, staffMetadata } from "@/lib/server/staff/page";

type Props = PageProps<"/[locale]/staff/admin/read-log">;

export const generateMetadata = staffMetadata("retention.readLog.title");

// Administrators search who opened what; nothing here changes the log (a plain GET form).
export default async function ReadLogPage({ params, searchParams }: Props) {
  const { locale, t } = await openStaffPage(
    params,
    "administer",
    "/staff/admin/read-log",
    "retention.readLog",
  );
  const format = await getFormatter();
  const filter = parseReadLogFilter(await searchParams);
  const [{ rows, total, pages, unknownCase }, people] = await Promise.all([
    searchReadLog(filter),
    auditActors(),
  ]);
  const page = Math.min(filter.page, pages);
  const base = pagePath(locale, "/staff/admin/read-log");
  const field = filterFields(filter, { layout: inRow });
  const what = (entity: string) => (t.has(`entities.${entity}`) ? t(`entities.${entity}`) : entity);

  return (
    <>
      <AdminNav current="readLog" />
      <h1>{t("title")}</h1>
      <p className="text-lg">{t("lead")}</p>
      <form method="get" className="mt-6">
        <fieldset className="flex flex-wrap items-end gap-4">
          <legend className="mb-2 text-lg font-semibold">{t("legend")}</legend>
          {field.choice(
            "staffId",
            t("person"),
            people.map((p) => [p.id, p.name]),
            t("anyone"),
          )}
          {field.text("case", t("case"), { hint: t("caseHint"), maxLength: 40, controlClass: "w-48" })}
          <DateRange labels={{ from: t("from"), to: t("to") }} value={filter} />
          <SecondaryButton type="submit">{t("search")}</SecondaryButton>
        </fieldset>
      </form>
      <p className="mt-6" role="status">
        {unknownCase ? t("unknownCase", { number: filter.case ?? "" }) : t("count", { count: total })}
      </p>
      {rows.length === 0 ? (
        <p className="mt-4">{t("empty")}</p>
      ) : (
        <DataTable
          className="mt-4"
          caption={t("caption")}
          captionId="read-log-caption"
          regionLabelledBy="read-log-caption"
          rows={rows}
          columns={[
            {
              head: t("when"),
              cell: (r) => format.dateTime(r.createdAt, { dateStyle: "short", timeStyle: "medium" }),
            },
            { head: t("who"), cell: (r) => r.staffName ?? t("unknownStaff") },
            {
              head: t("what"),
              cell: (r) => (
                <>
                  {what(r.entity)} <span className="font-mono text-sm break-all">{r.entityId}</span>
                </>
              ),
            },
            { head: t("caseColumn"), cell: (r) => r.registrationNumber ?? "–" },
            {
              head: t("requestId"),
              cell: (r) => <span className="font-mono text-sm break-all">{r.requestId ?? "–"}</span>,
            },
          ]}
        />
      )}
      <Pagination
        page={page}
        pages={pages}
        href={(n) => `${base}?${readLogFilterQuery(filter, n)}`}
        text={pagingText(t, page, pages)}
      />
    </>
  );
}
