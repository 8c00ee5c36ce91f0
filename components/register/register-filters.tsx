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
        <FilterSelect
          id="f-theme"
          name="theme"
          label={t("filterTheme")}
          value={filters.theme}
          all={t("all")}
          options={THEMES.map((theme) => ({ value: theme, label: t(`themes.${theme}`) }))}
        />
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
        <FilterSelect
          id="f-year"
          name="year"
          label={t("filterYear")}
          value={filters.year}
          all={t("all")}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
        />
        <FilterSelect
          id="f-status"
          name="status"
          label={t("filterStatus")}
          value={filters.status}
          all={t("all")}
          options={statuses.map((st) => ({ value: st, label: t(`statuses.${st}`) }))}
        />
        <FilterSelect
          id="f-municipality"
          name="municipality"
          label={t("filterMunicipality")}
          value={filters.municipality}
          all={t("all")}
          options={choices.municipalities.map((m) => ({ value: m, label: m }))}
        />
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <SecondaryButton type="submit">{t("filterButton")}</SecondaryButton>
        {filtered && <a href={base}>{t("clearFilters")}</a>}
      </div>
    </form>
  );
}

/** One filter of the register: a choice among the values, or all of them. */
function FilterSelect({
  id,
  name,
  label,
  value,
  all,
  options,
}: {
  id: string;
  name: string;
  label: string;
  value: string | number | undefined;
  all: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className={selectClass}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
