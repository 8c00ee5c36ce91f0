import { cachedRegister, registerVersion } from "@/lib/server/register/cache";
import { readRegisterVersion } from "@/lib/server/register/sql";
import { Pagination } from "@/components/pagination";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SecondaryButton } from "@/components/form/buttons";
import { GoalsTable, partyText, periodText } from "@/components/register/partnership-parts";
import { THEMES } from "@/lib/domain/themes";
import { getPathname, Link } from "@/lib/i18n/navigation";
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

export async function generateMetadata({ params }: PageProps<"/[locale]/samarbeten">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "register" });
  return { title: t("title") };
}

const selectClass = "mt-1 block w-full rounded border-2 border-slate-700 bg-white px-2 py-2";

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
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear + 2 - 2010 }, (_, i) => thisYear + 1 - i);

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="text-lg">{t("lead")}</p>

      <form method="get" action={base} className="mt-6 rounded border border-slate-300 bg-slate-50 p-4">
        <h2 className="mt-0 text-lg">{t("filterHeading")}</h2>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <div>
            <label htmlFor="f-q" className="block font-semibold">
              {t("filterSearch")}
            </label>
            <input
              id="f-q"
              name="q"
              type="search"
              defaultValue={filters.q ?? ""}
              className={selectClass}
              autoComplete="off"
            />
          </div>
          <div>
            <label htmlFor="f-theme" className="block font-semibold">
              {t("filterTheme")}
            </label>
            <select id="f-theme" name="theme" defaultValue={filters.theme ?? ""} className={selectClass}>
              <option value="">{t("all")}</option>
              {THEMES.map((theme) => (
                <option key={theme} value={theme}>
                  {t(`themes.${theme}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="f-party" className="block font-semibold">
              {t("filterParty")}
            </label>
            <input
              id="f-party"
              name="party"
              list="f-party-list"
              defaultValue={filters.party ?? ""}
              className={selectClass}
              autoComplete="off"
            />
            <datalist id="f-party-list">
              {choices.publicParties.map((name) => (
                <option key={name} value={name} />
              ))}
            </datalist>
          </div>
          <div>
            <label htmlFor="f-year" className="block font-semibold">
              {t("filterYear")}
            </label>
            <select id="f-year" name="year" defaultValue={filters.year ?? ""} className={selectClass}>
              <option value="">{t("all")}</option>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="f-status" className="block font-semibold">
              {t("filterStatus")}
            </label>
            <select id="f-status" name="status" defaultValue={filters.status ?? ""} className={selectClass}>
              <option value="">{t("all")}</option>
              {PUBLIC_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`statuses.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="f-municipality" className="block font-semibold">
              {t("filterMunicipality")}
            </label>
            <select
              id="f-municipality"
              name="municipality"
              defaultValue={filters.municipality ?? ""}
              className={selectClass}
            >
              <option value="">{t("all")}</option>
              {choices.municipalities.map((m) => (
                <option key={m} value={m}>
                  {m}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <SecondaryButton type="submit">{t("filterButton")}</SecondaryButton>
          {filterQuery && <a href={base}>{t("clearFilters")}</a>}
        </div>
      </form>

      <p className="mt-6 font-semibold" id="register-count">
        {t("count", { count: result.total })}
      </p>

      <ul className="mt-4 space-y-6" aria-labelledby="register-count">
        {result.rows.map((p) => (
          <li key={p.id} className="rounded border border-slate-300 p-4">
            <article aria-labelledby={`p-${p.id}`}>
              <h2 id={`p-${p.id}`} className="mt-0 text-xl">
                <Link href={{ pathname: "/samarbeten/[id]", params: { id: p.id } }}>{p.title}</Link>
              </h2>
              <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
                <dt className="font-semibold">{t("civilSocietyParties")}</dt>
                <dd>{p.civilSocietyParties.map(partyText).join("; ")}</dd>
                <dt className="font-semibold">{t("publicParties")}</dt>
                <dd>{p.publicParties.map(partyText).join("; ")}</dd>
                <dt className="font-semibold">{t("municipality")}</dt>
                <dd>{p.municipality}</dd>
                <dt className="font-semibold">{t("period")}</dt>
                <dd>{periodText(p)}</dd>
                <dt className="font-semibold">{t("status")}</dt>
                <dd>{t(`statuses.${p.status}`)}</dd>
                {p.content && (
                  <>
                    <dt className="font-semibold">{t("content")}</dt>
                    <dd>{p.content.purpose}</dd>
                  </>
                )}
              </dl>
              {p.goals && p.goals.some((g) => g.result) && (
                <GoalsTable goals={p.goals} caption={t("resultsCaption", { title: p.title })} />
              )}
            </article>
          </li>
        ))}
      </ul>

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

      <section aria-labelledby="open-data" className="mt-10">
        <h2 id="open-data">{t("openDataHeading")}</h2>
        <p>{t("openDataText")}</p>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          <li>
            <a href={`/api/open-data/partnerships.csv${filterQuery}`} download>
              {t("downloadCsv")}
            </a>
          </li>
          <li>
            <a href={`/api/open-data/partnerships.json${filterQuery}`} download>
              {t("downloadJson")}
            </a>
          </li>
        </ul>
        <div className="mt-4 overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="text-left font-semibold">{t("fieldsCaption")}</caption>
            <thead>
              <tr className="border-b-2 border-slate-700">
                <th scope="col" className="p-2">
                  {t("fieldName")}
                </th>
                <th scope="col" className="p-2">
                  {t("fieldMeaning")}
                </th>
              </tr>
            </thead>
            <tbody>
              {OPEN_DATA_FIELDS.map((f) => (
                <tr key={f} className="border-b border-slate-300 align-top">
                  <td className="p-2">
                    <code>{f}</code>
                  </td>
                  <td className="p-2">{t(`fields.${f}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
