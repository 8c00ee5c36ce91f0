import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { SecondaryButton } from "@/components/form/buttons";
import { InboxFilters } from "@/components/staff/inbox-filters";
import { InboxTable, type InboxTableRow, type InboxTableTexts } from "@/components/staff/inbox-table";
import { LotsSelect } from "@/components/staff/lots-select";
import { isOverdue } from "@/lib/domain/workflow-settings";
import { STEPS } from "@/lib/domain/steps";
import { requireStaff } from "@/lib/server/auth/session";
import { listLotsUsers } from "@/lib/server/staff/users";
import { listInbox, parseInboxFilter } from "@/lib/server/staff/inbox";
import { SEARCH_MARK, searchText } from "@/lib/server/staff/inbox-search";
import { getWorkflowSettings } from "@/lib/server/workflow-settings";
import { staffMetadata } from "@/lib/server/staff/page";

type Props = PageProps<"/[locale]/staff/cases">;

export const generateMetadata = staffMetadata("staff.inbox.title");

export default async function InboxPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { user } = await requireStaff("viewAllCases", `${locale === "en" ? "/en" : ""}/staff/cases`);
  const t = await getTranslations("staff.inbox");
  const steps = await getTranslations("steps");
  const format = await getFormatter();
  const sp = await searchParams;
  const filter = parseInboxFilter({ ...sp, q: await searchText(sp) });
  const settings = await getWorkflowSettings();
  const now = new Date();
  const [{ rows, total, more, counts, pages, hasNext }, lotsUsers] = await Promise.all([
    listInbox(filter, user.id, settings, now),
    listLotsUsers(),
  ]);
  // Links keep the filters; the search text stays in its cookie (`sok=1`), never in the address.
  const query = (overrides: Record<string, string | number | undefined>) => {
    const q = new URLSearchParams();
    const { q: search, ...rest } = filter;
    for (const [k, v] of Object.entries({ ...rest, ...overrides }))
      if (v !== undefined && v !== "") q.set(k, String(v));
    if (search) q.set(SEARCH_MARK, "1");
    return `?${q.toString()}`;
  };
  const base = locale === "en" ? "/en/staff/cases" : "/staff/cases";
  // Above the count's cap the number of pages is not known: "Page 3" without "of …".
  const pageLabel = pages ? t("page", { page: filter.page, pages }) : t("pageNumber", { page: filter.page });
  const days = (d: Date | null) => (d ? Math.floor((now.getTime() - d.getTime()) / 86_400_000) : 0);

  const late = (r: (typeof rows)[number]) =>
    r.status === "OPEN" && !!r.step && !!r.stepEnteredAt && isOverdue(settings, r.step, r.stepEnteredAt, now);
  const tableRows: InboxTableRow[] = rows.map((r) => ({
    id: r.id,
    number: r.registrationNumber ?? "",
    select: t("select", { number: r.registrationNumber ?? "" }),
    organisation: r.organisation?.name ?? r.contact?.name ?? "",
    subject: r.subject,
    step: r.step ? steps(`${r.step}.name`) : "",
    daysInStep: days(r.stepEnteredAt),
    overdue: late(r),
    assigned: r.assignedTo?.name ?? "–",
    received: r.receivedAt ? format.dateTime(r.receivedAt, { dateStyle: "medium" }) : "",
  }));
  const tableText: InboxTableTexts = {
    caption: t("title"),
    bulkAssign: t("bulkAssign"),
    number: t("number"),
    organisation: t("organisation"),
    subject: t("subject"),
    step: t("step"),
    daysInStep: t("daysInStep"),
    overdueMark: t("overdueMark"),
    assigned: t("assigned"),
    received: t("received"),
  };

  return (
    <>
      <h1>{t("title")}</h1>
      <nav aria-labelledby="per-step" className="mt-4">
        <h2 id="per-step" className="mt-0 text-lg">
          {t("perStep")}
        </h2>
        <ul className="mt-2 flex flex-wrap gap-2">
          {STEPS.map((s) => (
            <li key={s}>
              <a
                href={`${base}${query({ step: s, status: "OPEN", page: 1 })}`}
                className="inline-block rounded border border-slate-400 px-3 py-1"
                aria-current={filter.step === s ? "true" : undefined}
              >
                {steps(`${s}.name`)}: <strong>{counts[s]}</strong>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <InboxFilters filter={filter} lotsUsers={lotsUsers} action="/api/staff/cases/search" locale={locale} />
      <p className="mt-6 flex flex-wrap items-center justify-between gap-2">
        <strong role="status">{more ? t("countMore", { total }) : t("count", { total })}</strong>
        <a href={`/api/staff/cases/export${query({ page: undefined })}`}>{t("export")}</a>
      </p>
      {sp.tilldelade && (
        <p className="border-l-4 border-green-800 bg-green-50 p-3">
          {t("assignedCount", { count: Number(sp.tilldelade) || 0 })}
        </p>
      )}
      <form method="post" action="/api/staff/cases/assign">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="back" value={`${base}${query({})}`} />
        <InboxTable rows={tableRows} text={tableText} />
        <div className="mt-4 flex flex-wrap items-end gap-3">
          <LotsSelect label={t("bulkAssign")} noneLabel={t("unassign")} lotsUsers={lotsUsers} />
          <SecondaryButton type="submit">{t("bulkAssignButton")}</SecondaryButton>
        </div>
      </form>
      <nav aria-label={pageLabel} className="mt-6 flex items-center gap-4">
        {filter.page > 1 && <a href={`${base}${query({ page: filter.page - 1 })}`}>{t("previous")}</a>}
        <span>{pageLabel}</span>
        {hasNext && <a href={`${base}${query({ page: filter.page + 1 })}`}>{t("next")}</a>}
      </nav>
    </>
  );
}
