import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { GoalsTable, partyText, periodText } from "@/components/register/partnership-parts";
import { Link } from "@/lib/i18n/navigation";
import { getDb } from "@/lib/server/db/client";
import { getPublishedPartnership } from "@/lib/server/register/partnerships";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/samarbeten/[id]">): Promise<Metadata> {
  const { locale, id } = await params;
  const t = await getTranslations({ locale, namespace: "register" });
  const p = await getPublishedPartnership(await getDb(), id);
  return { title: p ? `${p.title} – ${t("title")}` : t("title") };
}

export default async function PartnershipPage({ params }: PageProps<"/[locale]/samarbeten/[id]">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("register");
  const p = await getPublishedPartnership(await getDb(), id);
  if (!p) notFound();
  const sek = new Intl.NumberFormat(locale, { style: "currency", currency: "SEK", maximumFractionDigits: 0 });
  const num = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });

  return (
    <>
      <p>
        <Link href="/samarbeten">{t("backToList")}</Link>
      </p>
      <h1>{p.title}</h1>
      <dl className="mt-4 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
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
        <dt className="font-semibold">{t("themesLabel")}</dt>
        <dd>{p.themes.map((theme) => t(`themes.${theme}`)).join(", ") || "–"}</dd>
      </dl>

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
          <div className="mt-2 overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <caption className="text-left font-semibold">{t("budgetCaption")}</caption>
              <thead>
                <tr className="border-b-2 border-slate-700">
                  <th scope="col" className="p-2">
                    {t("budgetParty")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("budgetYear")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("budgetDescription")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("budgetQuantity")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("budgetAmount")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {p.budget.map((l, i) => (
                  <tr key={i} className="border-b border-slate-300 align-top">
                    <td className="p-2">{l.party}</td>
                    <td className="p-2">{l.year}</td>
                    <td className="p-2">{l.description}</td>
                    <td className="p-2">
                      {num.format(l.quantity)} {l.unit} × {sek.format(l.unitPriceSek)}
                    </td>
                    <td className="p-2">{sek.format(l.amountSek)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
}
