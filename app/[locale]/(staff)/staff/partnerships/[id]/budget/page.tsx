import { getTranslations } from "next-intl/server";
import { ErrorSummary } from "@/components/form/error-summary";
import { BudgetLineForm } from "@/components/partnerships/budget-line-form";
import { BudgetTables } from "@/components/partnerships/budget-tables";
import { can } from "@/lib/domain/permissions";
import { BackLink } from "@/components/back-link";
import { budgetLinesOf, partnershipDetail } from "@/lib/server/partnerships/queries";
import { asLocale } from "@/lib/server/urls";
import { readFlash } from "@/lib/server/staff/flash";
import { openPartnershipPage, staffMetadata } from "@/lib/server/staff/page";

type Props = PageProps<"/[locale]/staff/partnerships/[id]/budget">;

export const generateMetadata = staffMetadata("partnerships.budget.pageTitle");

// The budget per year and party: the lines as typed, and every total and share computed from them.
export default async function BudgetPage({ params, searchParams }: Props) {
  const { user, locale, id, data: p } = await openPartnershipPage(params, "/budget", partnershipDetail);
  const t = await getTranslations("partnerships");
  const tk = t as unknown as (key: string) => string;
  const sp = await searchParams;
  const flash = await readFlash(typeof sp.form === "string" ? sp.form : undefined);
  const ok = typeof sp.ok === "string" ? sp.ok : undefined;
  const canManage = can(user.roles, "managePartnerships");
  const lines = budgetLinesOf(p.budgetLines);
  const summary = flash
    ? Object.entries(flash.errors).map(([k, code]) => ({
        fieldId: `${flash.form}-${k}`,
        // The summary names the field, so each line makes sense on its own.
        message: `${t.has(`budget.${k}` as never) ? `${tk(`budget.${k}`)}: ` : ""}${tk(`errors.${code}`)}`,
      }))
    : [];
  const common = {
    partnershipId: id,
    locale: asLocale(locale),
    version: p.version,
    parties: p.parties,
    flash,
    ok,
  };

  return (
    <>
      <BackLink href={{ pathname: "/staff/partnerships/[id]", params: { id } }}>{t("budget.back")}</BackLink>
      {sp.fel === "conflict" && (
        <div id="fel" role="alert" tabIndex={-1} className="mb-6 border-4 border-red-700 p-4 font-semibold">
          {t("record.conflict")}
        </div>
      )}
      <ErrorSummary title={t("record.errorTitle")} errors={summary} />
      <h1>{t("budget.title", { title: p.title })}</h1>
      <p>{t("budget.lead")}</p>
      <BudgetTables lines={lines} parties={p.parties} locale={asLocale(locale)} />
      {canManage && p.parties.length > 0 && (
        <section aria-labelledby="lines-h" className="mt-10">
          <h2 id="lines-h">{t("budget.newLine")}</h2>
          <BudgetLineForm {...common} line={null} />
          {p.budgetLines.map((row, i) => (
            <BudgetLineForm key={row.id} {...common} line={{ id: row.id, ...lines[i]! }} />
          ))}
        </section>
      )}
      {canManage && p.parties.length === 0 && <p>{t("budget.needParties")}</p>}
    </>
  );
}
