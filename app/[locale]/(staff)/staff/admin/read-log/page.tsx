import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import { SecondaryButton } from "@/components/form/buttons";
import { Pagination, pagingText } from "@/components/pagination";
import { requireStaff } from "@/lib/server/auth/session";
import { auditActors } from "@/lib/server/audit/query";
import { parseReadLogFilter, readLogFilterQuery, searchReadLog } from "@/lib/server/records/read-log-query";
import { asLocale, pagePath } from "@/lib/server/urls";
import { AdminNav } from "@/components/staff/admin/admin-nav";

type Props = PageProps<"/[locale]/staff/admin/read-log">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "retention.readLog" });
  return { title: t("title"), robots: { index: false } };
}

const control = "mt-2 block rounded border-2 border-slate-700 bg-white px-3 py-2";

// Administrators search who opened what; nothing here changes the log (a plain GET form).
export default async function ReadLogPage({ params, searchParams }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  await requireStaff("administer", pagePath(locale, "/staff/admin/read-log"));
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
