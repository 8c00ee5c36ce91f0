import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PrimaryButton } from "@/components/form/buttons";
import { ErrorSummary } from "@/components/form/error-summary";
import { ReportField } from "@/components/partnerships/report-field";
import { formatSek } from "@/lib/domain/budget";
import { dateValue } from "@/lib/domain/follow-ups";
import { MAX_REPORT_FILES } from "@/lib/domain/partner-report";
import { BackLink } from "@/components/back-link";
import type { Locale } from "@/lib/i18n/routing";
import { PartnerLinkNotFound } from "@/components/partnerships/partner-link-not-found";
import { partnerLinkAccess } from "@/lib/server/partnerships/partner-link";
import { partnerView } from "@/lib/server/partnerships/partner-view";
import { readFlash } from "@/lib/server/staff/flash";

type Props = PageProps<"/[locale]/samarbete/[token]/rapport">;

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale } = await props.params;
  const t = await getTranslations({ locale, namespace: "partner.form" });
  const intake = await getTranslations({ locale, namespace: "intake" });
  const fel = (await props.searchParams).fel;
  return {
    title: fel ? intake("errorTitlePrefix", { title: t("title") }) : t("title"),
    robots: { index: false },
  };
}

// The follow-up report form: a plain multipart post to app/api/partner/[token]/report/route.ts, errors
// back here in the error summary with what was typed (files must be chosen again).
export default async function PartnerReportPage(props: Props) {
  const { locale, token } = await props.params;
  setRequestLocale(locale);
  const access = await partnerLinkAccess(token);
  const view = access.state === "open" ? await partnerView(access.partyId, access.partnershipId) : null;
  if (access.state !== "open" || !view) return <PartnerLinkNotFound />;
  const t = await getTranslations("partner.form");
  const intake = await getTranslations("intake");
  const format = await getFormatter();
  const sp = await props.searchParams;
  const flash = sp.fel ? await readFlash("partnerReport") : null;
  const value = (name: string) => flash?.values[name]?.[0] ?? "";
  const error = (id: string) => (flash?.errors[id] ? t(`errors.${flash.errors[id]}` as never) : undefined);
  const ownLines = view.lines.filter((l) => l.partyId === view.party.id);
  const label = (id: string) =>
    id.startsWith("goal-")
      ? (view.goals.find((g) => `goal-${g.id}` === id)?.text ?? "")
      : id.startsWith("cost-")
        ? (ownLines.find((l) => `cost-${l.id}` === id)?.description ?? "")
        : t(`${id}.label` as never);
  const summary = Object.keys(flash?.errors ?? {}).map((id) => ({
    fieldId: id,
    message: `${label(id)}: ${error(id)}`,
  }));
  const date = (iso: string) => format.dateTime(dateValue(iso), { dateStyle: "long", timeZone: "UTC" });
  const field = { value, error };
  return (
    <>
      <BackLink href={{ pathname: "/samarbete/[token]", params: { token } }}>{t("back")}</BackLink>
      <ErrorSummary title={intake("errorSummaryTitle")} errors={summary} />
      <h1>{t("title")}</h1>
      <p className="text-lg">{t("lead", { title: view.partnership.title })}</p>
      {view.periods.length === 0 ? (
        <p>{t("nothingToReport")}</p>
      ) : (
        <form method="post" action={`/api/partner/${token}/report`} encType="multipart/form-data" noValidate>
          <input type="hidden" name="locale" value={locale} />
          <ReportField
            {...field}
            name="period"
            label={t("period.label")}
            hint={t("period.hint")}
            options={view.periods.map((p) => ({
              value: p.value,
              label: p.dueDate
                ? t("period.followUp", { date: date(p.dueDate), quarter: p.quarter })
                : t("period.quarter", { quarter: p.quarter }),
            }))}
            choose={t("period.choose")}
          />
          <ReportField
            {...field}
            name="activities"
            label={t("activities.label")}
            hint={t("activities.hint")}
            rows={6}
          />
          {(["participants", "volunteerHours"] as const).map((name) => (
            <ReportField
              key={name}
              {...field}
              name={name}
              label={t(`${name}.label`)}
              hint={t(`${name}.hint`)}
              numeric
            />
          ))}
          {view.goals.length > 0 && (
            <fieldset className="mt-8 border-0 p-0">
              <legend className="text-xl font-semibold">{t("goals")}</legend>
              {view.goals.map((g) => (
                <ReportField
                  key={g.id}
                  {...field}
                  name={`goal-${g.id}`}
                  label={g.text}
                  hint={[g.indicator, g.target && t("target", { target: g.target })]
                    .filter(Boolean)
                    .join(". ")}
                />
              ))}
            </fieldset>
          )}
          {ownLines.length > 0 && (
            <fieldset className="mt-8 border-0 p-0">
              <legend className="text-xl font-semibold">{t("costs")}</legend>
              <p>{t("costsHint")}</p>
              {ownLines.map((l) => (
                <ReportField
                  key={l.id}
                  {...field}
                  name={`cost-${l.id}`}
                  label={`${l.description} (${l.year})`}
                  hint={t("budgeted", { amount: formatSek(l.amountOre, locale as Locale) })}
                />
              ))}
            </fieldset>
          )}
          <ReportField
            {...field}
            name="files"
            label={t("files.label")}
            hint={t("files.hint", { max: MAX_REPORT_FILES })}
            file
          />
          <PrimaryButton type="submit" className="mt-8">
            {t("submit")}
          </PrimaryButton>
        </form>
      )}
    </>
  );
}
