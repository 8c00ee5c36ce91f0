import { getTranslations } from "next-intl/server";
import { SecondaryButton } from "@/components/form/buttons";
import { THEMES } from "@/lib/domain/themes";
import type { PublicStatus, RegisterFilters } from "@/lib/server/register/partnerships";

// The register's filter form: a plain GET form, so filtering works without JavaScript and every
// filtered view has its own address.

const selectClass = "mt-1 block w-full rounded border-2 border-slate-700 bg-white px-2 py-2";

export async function RegisterFilterForm({
  base,
  filters,
  filtered,
  statuses,
  choices,
}: {
  /** The register's own path, where the form is sent. */
  base: string;
  filters: RegisterFilters;
  /** Whether any filter is set: then a link clears them. */
  filtered: boolean;
  statuses: readonly PublicStatus[];
  choices: { municipalities: string[]; publicParties: string[] };
}) {
  const t = await getTranslations("register");
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear + 2 - 2010 }, (_, i) => thisYear + 1 - i);
  return (
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
            {statuses.map((s) => (
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
        {filtered && <a href={base}>{t("clearFilters")}</a>}
      </div>
    </form>
  );
}
