import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SecondaryButton } from "@/components/form/buttons";
import { SelectField } from "@/components/form/field-kit";
import { inRow } from "@/components/form/filter-kit";
import { MetaList, NamedRowsTable, PrintArticle, PrintSections } from "@/components/staff/print-document";
import { PrintTools } from "@/components/staff/print-tools";
import { parseQuarter } from "@/lib/domain/quarters";
import { BackLink } from "@/components/back-link";
import { partnershipFollowUps } from "@/lib/server/partnerships/follow-ups";
import { quarterlyReport } from "@/lib/server/partnerships/quarterly-report";
import { first, openStaffPage, staffMetadata } from "@/lib/server/staff/page";

type Props = PageProps<"/[locale]/staff/partnerships/[id]/report">;

export const generateMetadata = staffMetadata("followUps.reportLink");

export default async function QuarterlyReportPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { locale } = await openStaffPage(params, "viewPartnerships", {
    pathname: "/staff/partnerships/[id]/report",
    params: { id },
  });
  const t = await getTranslations("followUps");
  const backHref = { pathname: "/staff/partnerships/[id]/follow-ups", params: { id } } as const;
  const report = await quarterlyReport(id, first((await searchParams).period), locale);
  if (!report) {
    // An existing partnership without a period has no quarters; anything else is not found.
    const exists = await partnershipFollowUps(id);
    if (!exists) notFound();
    return (
      <>
        <BackLink href={backHref}>{t("report.back")}</BackLink>
        <h1>{t("reportLink")}</h1>
        <p>{t("report.noPeriod")}</p>
      </>
    );
  }
  const { outline } = report;
  const quarterLabel = (value: string) => {
    const q = parseQuarter(value)!;
    return t("report.quarterLabel", { quarter: q.quarter, year: q.year });
  };
  const pdfHref = `/api/staff/partnerships/${id}/report-pdf?period=${report.quarter}${locale === "en" ? "&lang=en" : ""}`;

  return (
    <>
      <PrintTools
        back={{ href: backHref, label: t("report.back") }}
        pdf={{ href: pdfHref, label: t("report.pdfLink") }}
        printHint={t("report.printHint")}
      >
        <form method="get" className="flex flex-wrap items-end gap-4">
          <SelectField
            {...inRow}
            id="period"
            label={t("report.choose")}
            value={report.quarter}
            options={report.quarters.map((q) => ({ value: q, label: quarterLabel(q) }))}
          />
          <SecondaryButton type="submit">{t("report.show")}</SecondaryButton>
        </form>
      </PrintTools>

      <PrintArticle
        titleId="report-title"
        municipality={outline.municipality}
        documentKind={t("report.documentKind")}
        title={outline.title}
      >
        <p className="text-lg">{outline.subtitle}</p>
        <MetaList rows={outline.meta} />
        <PrintSections
          sections={outline.sections}
          idPrefix="report"
          block={(block) => <NamedRowsTable caption={block.caption} head={block.head} rows={block.rows} />}
        />
      </PrintArticle>
    </>
  );
}
