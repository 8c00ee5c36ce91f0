import { cachedRegister, registerVersion } from "@/lib/server/register/cache";
import { readRegisterVersion } from "@/lib/server/register/sql";
import { Pagination } from "@/components/pagination";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RegisterFilterForm } from "@/components/register/register-filters";
import { OpenDataSection, RegisterList } from "@/components/register/register-results";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { getDb } from "@/lib/server/db/client";
import {
  listPublishedPartnerships,
  OPEN_DATA_FIELDS,
  parseRegisterFilters,
  PUBLIC_STATUSES,
  registerFilterChoices,
  registerFiltersKey,
  type RegisterFilters,
} from "@/lib/server/register/partnerships";
import { titleMetadata } from "@/lib/server/page-metadata";

export const generateMetadata = titleMetadata("register.title");

function queryString(filters: RegisterFilters, page?: number): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value !== undefined) q.set(key, String(value));
  if (page && page > 1) q.set("page", String(page));
  const s = q.toString();
  return s ? `?${s}` : "";
}

export default async function RegisterPage({ params, searchParams }: PageProps<"/[locale]/samarbeten">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations("register");
  const { filters, page } = parseRegisterFilters(await searchParams);
  const db = await getDb();
  // Keyed by the register's version: a change on another instance shows within seconds.
  const { tag } = await registerVersion(() => readRegisterVersion(db));
  const [result, choices] = await Promise.all([
    cachedRegister(`list:${tag}:${registerFiltersKey(filters)}:${page}`, () =>
      listPublishedPartnerships(db, filters, page),
    ),
    cachedRegister(`choices:${tag}`, () => registerFilterChoices(db)),
  ]);
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
