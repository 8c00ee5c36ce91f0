import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/pagination";
import { RegisterFilterForm } from "@/components/register/register-filters";
import { OpenDataSection, RegisterList } from "@/components/register/register-results";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { OPEN_DATA_FIELDS, PUBLIC_STATUSES, type RegisterFilters } from "@/lib/server/register/partnerships";
import { readRegisterView } from "@/lib/server/register/view";

// The register's list page, whether it is rendered per request (free-text filters) or once for the
// page cache (app/[locale]/(public)/samarbeten/urval/[selection]/page.tsx): the same page either way.

function queryString(filters: RegisterFilters, page?: number): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value !== undefined) q.set(key, String(value));
  if (page && page > 1) q.set("page", String(page));
  const s = q.toString();
  return s ? `?${s}` : "";
}

export async function RegisterView({
  locale,
  filters,
  page,
}: {
  locale: Locale;
  filters: RegisterFilters;
  page: number;
}) {
  const t = await getTranslations("register");
  const { result, choices } = await readRegisterView(filters, page);
  const base = getPathname({ locale, href: "/samarbeten" });
  const filterQuery = queryString(filters);

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="text-lg">{t("lead")}</p>

      <RegisterFilterForm
        base={base}
        filters={filters}
        filtered={filterQuery !== ""}
        statuses={PUBLIC_STATUSES}
        choices={choices}
      />

      <RegisterList rows={result.rows} total={result.total} />

      <Pagination
        page={result.page}
        pages={result.pageCount}
        href={(n) => `${base}${queryString(filters, n)}`}
        text={{
          label: t("pagination"),
          current: t("page", { page: result.page, pages: result.pageCount }),
          previous: t("previous"),
          next: t("next"),
        }}
      />

      <OpenDataSection filterQuery={filterQuery} fields={OPEN_DATA_FIELDS} />
    </>
  );
}
