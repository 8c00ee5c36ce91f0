import { getFormatter, getTranslations } from "next-intl/server";
import { SecondaryButton } from "@/components/form/buttons";
import { Pagination } from "@/components/pagination";
import { auditActors } from "@/lib/server/audit/query";
import { parseReadLogFilter, readLogFilterQuery, searchReadLog } from "@/lib/server/records/read-log-query";
import { pagePath } from "@/lib/server/urls";
import { AdminNav } from "@/components/staff/admin/admin-nav";
import { openStaffPage, staffMetadata } from "@/lib/server/staff/page";

type Props = PageProps<"/[locale]/staff/admin/read-log">;

export const generateMetadata = staffMetadata("retention.readLog.title");

const control = "mt-2 block rounded border-2 border-slate-700 bg-white px-3 py-2";

// Administrators search who opened what; nothing here changes the log (a plain GET form).
export default async function ReadLogPage({ params, searchParams }: Props) {
  const { locale } = await openStaffPage(params, "administer", "/staff/admin/read-log");
  const admin = await getTranslations("staff.admin");
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
      <AdminNav
        label={admin("nav")}
        current="readLog"
        users={admin("users.title")}
        settings={admin("settings.title")}
      />
      <h1>{t("title")}</h1>
      <p className="text-lg">{t("lead")}</p>
      <form method="get" className="mt-6">
        <fieldset className="flex flex-wrap items-end gap-4">
          <legend className="mb-2 text-lg font-semibold">{t("legend")}</legend>
          <div>
            <label htmlFor="staffId" className="block font-semibold">
              {t("person")}
            </label>
            <select id="staffId" name="staffId" defaultValue={filter.staffId ?? ""} className={control}>
              <option value="">{t("anyone")}</option>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="case" className="block font-semibold">
              {t("case")}
            </label>
            <p id="case-hint" className="text-sm text-slate-700">
              {t("caseHint")}
            </p>
            <input
              id="case"
              name="case"
              defaultValue={filter.case ?? ""}
              aria-describedby="case-hint"
              maxLength={40}
              className={`${control} w-48`}
            />
          </div>
          <div>
            <label htmlFor="from" className="block font-semibold">
              {t("from")}
            </label>
            <input id="from" name="from" type="date" defaultValue={filter.from ?? ""} className={control} />
          </div>
          <div>
            <label htmlFor="to" className="block font-semibold">
              {t("to")}
            </label>
            <input id="to" name="to" type="date" defaultValue={filter.to ?? ""} className={control} />
          </div>
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
