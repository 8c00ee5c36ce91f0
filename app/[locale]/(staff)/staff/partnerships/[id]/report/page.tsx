import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DocumentTable } from "@/components/document-table";
import { SecondaryButton } from "@/components/form/buttons";
import {
  LabelledText,
  MetaList,
  PrintArticle,
  PrintSection,
  PrintStyles,
} from "@/components/staff/print-document";
import { parseQuarter } from "@/lib/domain/quarters";
import { Link } from "@/lib/i18n/navigation";
import { requireStaff } from "@/lib/server/auth/session";
import { partnershipFollowUps } from "@/lib/server/partnerships/follow-ups";
import { quarterlyReport } from "@/lib/server/partnerships/quarterly-report";
import { asLocale, pagePath } from "@/lib/server/urls";

type Props = PageProps<"/[locale]/staff/partnerships/[id]/report">;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "followUps" });
  return { title: t("reportLink"), robots: { index: false } };
}

export default async function QuarterlyReportPage({ params, searchParams }: Props) {
  const { locale: raw, id } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  const here = pagePath(locale, { pathname: "/staff/partnerships/[id]/report", params: { id } });
  await requireStaff("viewPartnerships", here);
  const t = await getTranslations("followUps");
  const report = await quarterlyReport(id, first((await searchParams).period), locale);
  if (!report) {
    // An existing partnership without a period has no quarters; anything else is not found.
    const exists = await partnershipFollowUps(id);
    if (!exists) notFound();
    return (
      <>
        <p className="mt-0">
          <Link href={{ pathname: "/staff/partnerships/[id]/follow-ups", params: { id } }}>
            {t("report.back")}
          </Link>
        </p>
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
      <PrintStyles />
      <div className="print:hidden">
        <p className="mt-0">
          <Link href={{ pathname: "/staff/partnerships/[id]/follow-ups", params: { id } }}>
            {t("report.back")}
          </Link>
        </p>
        <form method="get" className="flex flex-wrap items-end gap-4">
          <div>
            <label htmlFor="period" className="block font-semibold">
              {t("report.choose")}
            </label>
            <select
              id="period"
              name="period"
              defaultValue={report.quarter}
              className="mt-2 rounded border-2 border-slate-700 bg-white px-3 py-2 text-base"
            >
              {report.quarters.map((q) => (
                <option key={q} value={q}>
                  {quarterLabel(q)}
                </option>
              ))}
            </select>
          </div>
          <SecondaryButton type="submit">{t("report.show")}</SecondaryButton>
        </form>
        <p className="mt-4">
          <a href={pdfHref} download>
            {t("report.pdfLink")}
          </a>
        </p>
        <p className="text-slate-700">{t("report.printHint")}</p>
      </div>

      <PrintArticle
        titleId="report-title"
        municipality={outline.municipality}
        documentKind={t("report.documentKind")}
        title={outline.title}
      >
        <p className="text-lg">{outline.subtitle}</p>
        <MetaList rows={outline.meta} />
        {outline.sections.map((section) => (
          <PrintSection key={section.id} id={`report-${section.id}`} heading={section.heading}>
            {section.blocks.map((block, i) =>
              block.kind === "text" ? (
                <LabelledText key={i} label={block.label} text={block.text} />
              ) : (
                <DocumentTable
                  key={i}
                  className="mt-3"
                  caption={block.caption}
                  showCaption="muted"
                  head={block.head}
                  rows={block.rows.map((cells) => ({ cells }))}
                  rowHeader
                />
              ),
            )}
          </PrintSection>
        ))}
      </PrintArticle>
    </>
  );
}
