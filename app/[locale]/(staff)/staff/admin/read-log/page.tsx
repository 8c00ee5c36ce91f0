import { getFormatter, getTranslations } from "next-intl/server";
import { SecondaryButton } from "@/components/form/buttons";
import { TextField } from "@/components/form/field-kit";
import { DateRange, FilterSelect, inRow } from "@/components/form/filter-kit";
import { Pagination } from "@/components/pagination";
import { auditActors } from "@/lib/server/audit/query";
import { parseReadLogFilter, readLogFilterQuery, searchReadLog } from "@/lib/server/records/read-log-query";
import { pagePath } from "@/lib/server/urls";
import { AdminNav } from "@/components/staff/admin/admin-nav";
import { openStaffPage, staffMetadata } from "@/lib/server/staff/page";

type Props = PageProps<"/[locale]/staff/admin/read-log">;

export const generateMetadata = staffMetadata("retention.readLog.title");

// Administrators search who opened what; nothing here changes the log (a plain GET form).
export default async function ReadLogPage({ params, searchParams }: Props) {
  const { locale } = await openStaffPage(params, "administer", "/staff/admin/read-log");
  const t = await getTranslations("retention.readLog");
  const format = await getFormatter();
  const filter = parseReadLogFilter(await searchParams);
  const [{ rows, total, pages, unknownCase }, people] = await Promise.all([
    searchReadLog(filter),
    auditActors(),
  ]);
  const page = Math.min(filter.page, pages);
  const base = pagePath(locale, "/staff/admin/read-log");
  const what = (entity: string) => (t.has(`entities.${entity}`) ? t(`entities.${entity}`) : entity);

  return (
    <>
      <AdminNav current="readLog" />
      <h1>{t("title")}</h1>
      <p className="text-lg">{t("lead")}</p>
      <form method="get" className="mt-6">
        <fieldset className="flex flex-wrap items-end gap-4">
          <legend className="mb-2 text-lg font-semibold">{t("legend")}</legend>
          <FilterSelect
            {...inRow}
            id="staffId"
            label={t("person")}
            all={t("anyone")}
            value={filter.staffId}
            options={people.map((p) => ({ value: p.id, label: p.name }))}
          />
          <TextField
            {...inRow}
            id="case"
            label={t("case")}
            hint={t("caseHint")}
            value={filter.case}
            maxLength={40}
            controlClass="w-48"
          />
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
        <div className="mt-4 overflow-x-auto" tabIndex={0} role="region" aria-labelledby="read-log-caption">
          <table className="w-full border-collapse text-left">
            <caption id="read-log-caption" className="sr-only">
              {t("caption")}
            </caption>
            <thead>
              <tr>
                {[t("when"), t("who"), t("what"), t("caseColumn"), t("requestId")].map((h) => (
                  <th key={h} scope="col" className="border-b-2 border-slate-700 p-2">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={String(r.id)} className="border-b border-slate-300">
                  <td className="p-2">
                    {format.dateTime(r.createdAt, { dateStyle: "short", timeStyle: "medium" })}
                  </td>
                  <td className="p-2">{r.staffName ?? t("unknownStaff")}</td>
                  <td className="p-2">
                    {what(r.entity)} <span className="font-mono text-sm break-all">{r.entityId}</span>
                  </td>
                  <td className="p-2">{r.registrationNumber ?? "–"}</td>
                  <td className="p-2 font-mono text-sm break-all">{r.requestId ?? "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        page={page}
        pages={pages}
        href={(n) => `${base}?${readLogFilterQuery(filter, n)}`}
        text={{
          label: t("pagination", { page, pages }),
          current: t("pagination", { page, pages }),
          previous: t("previous"),
          next: t("next"),
        }}
      />
    </>
  );
}
