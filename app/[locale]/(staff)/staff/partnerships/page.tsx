import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import { FilterSelect, inRow } from "@/components/form/filter-kit";
import { SecondaryButton } from "@/components/form/buttons";
import { can } from "@/lib/domain/permissions";
import { PARTNERSHIP_STATUSES, type PartnershipStatusName } from "@/lib/domain/partnership";
import { Link } from "@/lib/i18n/navigation";
import { requireStaff } from "@/lib/server/auth/session";
import { listPartnerships } from "@/lib/server/partnerships/queries";
import { Pagination } from "@/components/pagination";

type Props = PageProps<"/[locale]/staff/partnerships">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "partnerships.list" });
  return { title: t("title"), robots: { index: false } };
}

const year = (d: Date | null, y: number | null) => (d ? d.toISOString().slice(0, 10) : (y?.toString() ?? ""));

export default async function PartnershipsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { user } = await requireStaff(
    "viewPartnerships",
    `${locale === "en" ? "/en" : ""}/staff/partnerships`,
  );
  const t = await getTranslations("partnerships");
  const sp = await searchParams;
  const status = PARTNERSHIP_STATUSES.includes(sp.status as PartnershipStatusName)
    ? (sp.status as PartnershipStatusName)
    : undefined;
  const requested = Number(typeof sp.page === "string" ? sp.page : 1);
  const { rows, page, pages } = await listPartnerships(
    status,
    Number.isInteger(requested) && requested > 0 ? requested : 1,
  );
  const inbox = await getTranslations("staff.inbox");
  const pageHref = (n: number) =>
    `${locale === "en" ? "/en" : ""}/staff/partnerships?${new URLSearchParams({ ...(status ? { status } : {}), page: String(n) })}`;
  return (
    <>
      <h1>{t("list.title")}</h1>
      <p>{t("list.lead")}</p>
      {can(user.roles, "managePartnerships") && (
        <p>
          <Link href="/staff/partnerships/new">{t("list.new")}</Link>
        </p>
      )}
      <form method="get" className="mt-4 flex flex-wrap items-end gap-3">
        <FilterSelect
          {...inRow}
          id="status"
          label={t("list.filterLabel")}
          all={t("list.all")}
          value={status}
          options={PARTNERSHIP_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
        />
        <SecondaryButton type="submit">{t("list.filter")}</SecondaryButton>
      </form>
      {rows.length === 0 ? (
        <p className="mt-6">{t("list.empty")}</p>
      ) : (
        <DataTable
          className="mt-6"
          caption={t("list.caption", { count: rows.length })}
          rows={rows}
          columns={[
            {
              head: t("list.colTitle"),
              rowHeader: true,
              cell: (r) => (
                <Link href={{ pathname: "/staff/partnerships/[id]", params: { id: r.id } }}>{r.title}</Link>
              ),
            },
            { head: t("list.colParties"), cell: (r) => r.parties.map((x) => x.name).join(", ") },
            {
              head: t("list.colPeriod"),
              cell: (r) => `${year(r.startDate, r.startYear)} – ${year(r.endDate, r.endYear)}`,
            },
            { head: t("list.colStatus"), cell: (r) => t(`statuses.${r.status}`) },
            {
              head: t("list.colPublished"),
              cell: (r) => (r.publishedAt ? t("list.published") : t("list.notPublished")),
            },
          ]}
        />
      )}
      <Pagination
        page={page}
        pages={pages}
        href={pageHref}
        text={{
          label: inbox("page", { page, pages }),
          current: inbox("page", { page, pages }),
          previous: inbox("previous"),
          next: inbox("next"),
        }}
      />
    </>
  );
}
