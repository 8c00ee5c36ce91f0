import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ErrorSummary } from "@/components/form/error-summary";
import { MoneySummary, PaymentPlans } from "@/components/money/plans";
import { Actuals, Claims, DeviationSection, Payments, Surplus } from "@/components/money/records";
import { can } from "@/lib/domain/permissions";
import { BackLink } from "@/components/back-link";
import { moneyOverview } from "@/lib/server/partnerships/money-view";
import { readFlash } from "@/lib/server/staff/flash";
import { recordRead } from "@/lib/server/records/read-log";
import { openPartnershipPage } from "@/lib/server/staff/page";

type Props = PageProps<"/[locale]/staff/partnerships/[id]/money">;

// The sections of the money page in the order they stand.
const MONEY_SECTIONS = [MoneySummary, DeviationSection, PaymentPlans, Payments, Actuals, Claims, Surplus];

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "money" });
  const failed = typeof (await searchParams).form === "string";
  return {
    title: failed ? `${t("errorTitle")}: ${t("pageTitle")}` : t("pageTitle"),
    robots: { index: false },
  };
}

// The money of a partnership: budget, plan, payments, actuals, deviation, claims and surplus.
export default async function MoneyPage({ params, searchParams }: Props) {
  const { user, locale, id, data: m } = await openPartnershipPage(params, "/money", moneyOverview);
  await recordRead({ staffId: user.id, entity: "partnership_money", entityId: id });
  const t = await getTranslations("money");
  const sp = await searchParams;
  const flash = await readFlash(typeof sp.form === "string" ? sp.form : undefined);
  const ok = typeof sp.ok === "string" ? sp.ok : undefined;
  const canManage = can(user.roles, "managePartnerships");
  const label = (field: string) => {
    const row = /^(due|amount)-(\d+)$/.exec(field);
    if (row) return t(row[1] === "due" ? "fields.due" : "fields.rowAmount", { n: Number(row[2]) + 1 });
    return t.has(`fields.${field}` as "fields.amount") ? t(`fields.${field}` as "fields.amount") : field;
  };
  const summary = flash
    ? Object.entries(flash.errors).map(([field, code]) => ({
        fieldId: `${flash.form}-${field === "plan" ? "amount-0" : field}`,
        message: `${label(field)}: ${t(`errors.${code}` as "errors.required")}`,
      }))
    : [];
  const props = { m, locale, flash, ok, canManage };

  return (
    <>
      <BackLink href={{ pathname: "/staff/partnerships/[id]", params: { id } }}>{t("back")}</BackLink>
      <ErrorSummary title={t("errorTitle")} errors={summary} />
      <h1>{t("title", { title: m.partnership.title })}</h1>
      <p>{t("lead")}</p>
      {!canManage && <p>{t("readOnly")}</p>}
      {m.lines.length === 0 ? (
        <p>{t("noBudget")}</p>
      ) : (
        MONEY_SECTIONS.map((Section, i) => <Section key={i} {...props} />)
      )}
    </>
  );
}
