import { getTranslations } from "next-intl/server";
import { DescriptionList } from "@/components/description-list";
import { DataTable } from "@/components/data-table";
import { GoalsTable, partnershipFacts } from "@/components/register/partnership-parts";
import { Link } from "@/lib/i18n/navigation";
import type { OpenDataField, PublicPartnership } from "@/lib/server/register/partnerships";

// The register's list of published partnerships and its open data downloads.

export async function RegisterList({ rows, total }: { rows: PublicPartnership[]; total: number }) {
  const t = await getTranslations("register");
  return (
    <>
      <p className="mt-6 font-semibold" id="register-count">
        {t("count", { count: total })}
      </p>

      <ul className="mt-4 space-y-6" aria-labelledby="register-count">
        {rows.map((p) => (
          <li key={p.id} className="rounded border border-slate-300 p-4">
            <article aria-labelledby={`p-${p.id}`}>
              <h2 id={`p-${p.id}`} className="mt-0 text-xl">
                <Link href={{ pathname: "/samarbeten/[id]", params: { id: p.id } }}>{p.title}</Link>
              </h2>
              <DescriptionList
                className="mt-2"
                items={[
                  ...partnershipFacts(p, t),
                  p.content && { term: t("content"), value: p.content.purpose },
                ]}
              />
              {p.goals && p.goals.some((g) => g.result) && (
                <GoalsTable goals={p.goals} caption={t("resultsCaption", { title: p.title })} />
              )}
            </article>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The open data files (filtered like the list) and what each of their fields means. */
export async function OpenDataSection({
  filterQuery,
  fields,
}: {
  filterQuery: string;
  fields: readonly OpenDataField[];
}) {
  const t = await getTranslations("register");
  return (
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
      <DataTable
        className="mt-4"
        caption={t("fieldsCaption")}
        showCaption
        rows={fields}
        rowKey={(f) => f}
        columns={[
          { head: t("fieldName"), cell: (f) => <code>{f}</code> },
          { head: t("fieldMeaning"), cell: (f) => t(`fields.${f}`) },
        ]}
      />
    </section>
  );
}
