import { cachedRegister } from "@/lib/server/register/cache";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DescriptionList } from "@/components/description-list";
import { BudgetTables } from "@/components/partnerships/budget-tables";
import { GoalsTable, partnershipFacts } from "@/components/register/partnership-parts";
import type { BudgetLine, BudgetParty } from "@/lib/domain/budget";
import { Link } from "@/lib/i18n/navigation";
import { getDb } from "@/lib/server/db/client";
import { getPublishedPartnership, type PublicBudgetLine } from "@/lib/server/register/partnerships";
import { asLocale } from "@/lib/server/urls";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/samarbeten/[id]">): Promise<Metadata> {
  const { locale, id } = await params;
  const t = await getTranslations({ locale, namespace: "register" });
  const p = await cachedRegister(`one:${id}`, async () => getPublishedPartnership(await getDb(), id));
  return { title: p ? `${p.title} – ${t("title")}` : t("title") };
}

// Rendered on its first visit and then served from the page cache, like the register's views
// (app/[locale]/(public)/samarbeten/urval/[selection]/page.tsx): the same for every visitor.
export const revalidate = 10;

export function generateStaticParams() {
  return [];
}

/** The published lines as budget lines; the public register names a party by its name only. */
function budgetOf(published: PublicBudgetLine[]): { lines: BudgetLine[]; parties: BudgetParty[] } {
  const names = [...new Set(published.map((l) => l.party))];
  return {
    parties: names.map((name) => ({ id: name, name })),
    lines: published.map((l) => ({
      partyId: l.party,
      year: l.year,
      kind: l.kind,
      description: l.description,
      quantity: l.quantity,
      unit: l.unit,
      unitPriceSek: l.unitPriceSek,
    })),
  };
}

export default async function PartnershipPage({ params }: PageProps<"/[locale]/samarbeten/[id]">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("register");
  const p = await cachedRegister(`one:${id}`, async () => getPublishedPartnership(await getDb(), id));
  if (!p) notFound();

  return (
    <>
      <p>
        <Link href="/samarbeten">{t("backToList")}</Link>
      </p>
      <h1>{p.title}</h1>
      <DescriptionList
        className="mt-4"
        items={[
          ...partnershipFacts(p, t),
          { term: t("themesLabel"), value: p.themes.map((theme) => t(`themes.${theme}`)).join(", ") || "–" },
        ]}
      />

      {p.content && (
        <section aria-labelledby="content">
          <h2 id="content">{t("content")}</h2>
          {(
            [
              ["purpose", p.content.purpose],
              ["targetGroup", p.content.targetGroup],
              ["overallGoal", p.content.overallGoal],
              ["values", p.content.values],
              ["efforts", p.content.efforts],
            ] as const
          )
            .filter(([, value]) => value)
            .map(([key, value]) => (
              <div key={key}>
                <h3>{t(`contentParts.${key}`)}</h3>
                <p>{value}</p>
              </div>
            ))}
        </section>
      )}

      {p.goals && p.goals.length > 0 && (
        <section aria-labelledby="goals">
          <h2 id="goals">{t("goalsHeading")}</h2>
          <GoalsTable goals={p.goals} caption={t("goalsCaption")} />
        </section>
      )}

      {p.budget && p.budget.length > 0 && (
        <section aria-labelledby="budget">
          <h2 id="budget">{t("budgetHeading")}</h2>
          {/* the staff budget page's tables: the same lines, totals per party and shares */}
          <BudgetTables {...budgetOf(p.budget)} locale={asLocale(locale)} />
        </section>
      )}
    </>
  );
}
