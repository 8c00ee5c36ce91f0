import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SecondaryButton } from "@/components/form/buttons";
import { parseQuarter } from "@/lib/domain/quarters";
import { Link } from "@/lib/i18n/navigation";
import { requireStaff } from "@/lib/server/auth/session";
import { partnershipFollowUps } from "@/lib/server/partnerships/follow-ups";
import { quarterlyReport } from "@/lib/server/partnerships/quarterly-report";
import { asLocale, pagePath } from "@/lib/server/urls";

type Props = PageProps<"/[locale]/staff/partnerships/[id]/report">;

// When printing, only the report: no site header, footer, staff menu or links.
const PRINT_CSS = `@media print {
  body > header, body > footer, main > nav, a[href="#main"] { display: none !important; }
  main { max-width: none !important; padding: 0 !important; }
  @page { size: A4; margin: 20mm; }
}`;

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
      <style>{PRINT_CSS}</style>
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

      <article aria-labelledby="report-title" className="mt-6 print:mt-0 print:text-[11pt] print:text-black">
        <p className="mt-0 text-slate-700 print:text-black">{outline.municipality}</p>
        <p className="mt-0 text-sm uppercase tracking-wide text-slate-700 print:text-black">
          {t("report.documentKind")}
        </p>
        <h1 id="report-title" className="mt-2">
          {outline.title}
        </h1>
        <p className="text-lg">{outline.subtitle}</p>
        <dl className="mt-4 grid gap-x-4 gap-y-1 sm:grid-cols-4 print:grid-cols-4">
          {outline.meta.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-semibold">{label}</dt>
              <dd className="m-0 sm:col-span-3 print:col-span-3">{value}</dd>
            </div>
          ))}
        </dl>
        {outline.sections.map((section) => (
          <section key={section.id} aria-labelledby={`report-${section.id}`} className="mt-8 print:mt-6">
            <h2 id={`report-${section.id}`} className="print:break-after-avoid">
              {section.heading}
            </h2>
            {section.blocks.map((block, i) =>
              block.kind === "text" ? (
                <div key={i} className="mt-3 print:break-inside-avoid">
                  {block.label && <h3 className="mt-0 text-base font-semibold">{block.label}</h3>}
                  <p className="mt-1 whitespace-pre-line">{block.text}</p>
                </div>
              ) : (
                <table key={i} className="mt-3 w-full border-collapse text-left">
                  <caption className="text-left text-slate-700 print:text-black">{block.caption}</caption>
                  <thead>
                    <tr>
                      {block.head.map((h) => (
                        <th
                          key={h}
                          scope="col"
                          className="border-b-2 border-slate-700 py-1 pr-3 font-semibold"
                        >
                          {h}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {block.rows.map(([head, ...cells], r) => (
                      <tr key={r} className="align-top print:break-inside-avoid">
                        <th scope="row" className="border-b border-slate-300 py-1 pr-3 font-normal">
                          {head}
                        </th>
                        {cells.map((c, j) => (
                          <td key={j} className="border-b border-slate-300 py-1 pr-3">
                            {c}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              ),
            )}
          </section>
        ))}
      </article>
    </>
  );
}
