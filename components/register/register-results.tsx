import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import { RegisterCards, type RegisterCard } from "@/components/register/register-cards";
import { goalHeads, partnershipFacts } from "@/components/register/partnership-parts";
import type { OpenDataField, PublicPartnership } from "@/lib/server/register/partnerships";

// The register's list of published partnerships and its open data downloads.

export async function RegisterList({ rows, total }: { rows: PublicPartnership[]; total: number }) {
  const t = await getTranslations("register");
  const cards: RegisterCard[] = rows.map((p) => ({
    id: p.id,
    title: p.title,
    facts: [
      ...partnershipFacts(p, t),
      ...(p.content ? [{ term: t("content"), value: p.content.purpose }] : []),
    ],
    ...(p.goals?.some((g) => g.result) && {
      results: { caption: t("resultsCaption", { title: p.title }), goals: p.goals },
    }),
  }));
  return (
    <>
      <p className="mt-6 font-semibold" id="register-count">
        {t("count", { count: total })}
      </p>
      <RegisterCards cards={cards} goalHeads={await goalHeads()} />
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
