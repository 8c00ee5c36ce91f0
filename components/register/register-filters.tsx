import { getTranslations } from "next-intl/server";
import { SecondaryButton } from "@/components/form/buttons";
import { TextField } from "@/components/form/field-kit";
import { FilterSelect, inGrid } from "@/components/form/filter-kit";
import { THEMES } from "@/lib/domain/themes";
import type { PublicStatus, RegisterFilters } from "@/lib/server/register/partnerships";

// The register's filter form: a plain GET form, so filtering works without JavaScript and every
// filtered view has its own address.

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
        <TextField
          {...inGrid}
          id="f-q"
          name="q"
          type="search"
          label={t("filterSearch")}
          value={filters.q}
          autoComplete="off"
        />
        <FilterSelect
          {...inGrid}
          id="f-theme"
          name="theme"
          label={t("filterTheme")}
          value={filters.theme}
          all={t("all")}
          options={THEMES.map((theme) => ({ value: theme, label: t(`themes.${theme}`) }))}
        />
        <TextField
          {...inGrid}
          id="f-party"
          name="party"
          label={t("filterParty")}
          value={filters.party}
          list="f-party-list"
          autoComplete="off"
        />
        <datalist id="f-party-list">
          {choices.publicParties.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        <FilterSelect
          {...inGrid}
          id="f-year"
          name="year"
          label={t("filterYear")}
          value={filters.year}
          all={t("all")}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
        />
        <FilterSelect
          {...inGrid}
          id="f-status"
          name="status"
          label={t("filterStatus")}
          value={filters.status}
          all={t("all")}
          options={statuses.map((st) => ({ value: st, label: t(`statuses.${st}`) }))}
        />
        <FilterSelect
          {...inGrid}
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
