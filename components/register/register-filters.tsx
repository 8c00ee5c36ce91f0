import { getTranslations } from "next-intl/server";
import { SecondaryButton } from "@/components/form/buttons";
import { filterFields, inGrid } from "@/components/form/filter-kit";
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
  const { choice, text } = filterFields(filters, { layout: inGrid, idPrefix: "f-", all: t("all") });
  return (
    <form method="get" action={base} className="mt-6 rounded border border-slate-300 bg-slate-50 p-4">
      <h2 className="mt-0 text-lg">{t("filterHeading")}</h2>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {text("q", t("filterSearch"), { type: "search", autoComplete: "off" })}
        {choice(
          "theme",
          t("filterTheme"),
          THEMES.map((theme) => [theme, t(`themes.${theme}`)]),
        )}
        {text("party", t("filterParty"), { list: "f-party-list", autoComplete: "off" })}
        <datalist id="f-party-list">
          {choices.publicParties.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        {choice(
          "year",
          t("filterYear"),
          years.map((y) => [String(y), String(y)]),
        )}
        {choice(
          "status",
          t("filterStatus"),
          statuses.map((st) => [st, t(`statuses.${st}`)]),
        )}
        {choice(
          "municipality",
          t("filterMunicipality"),
          choices.municipalities.map((m) => [m, m]),
        )}
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <SecondaryButton type="submit">{t("filterButton")}</SecondaryButton>
        {filtered && <a href={base}>{t("clearFilters")}</a>}
      </div>
    </form>
  );
}
