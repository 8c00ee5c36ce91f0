import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DocumentTable } from "@/components/document-table";
import { LabelledText, PrintArticle, PrintSection, PrintStyles } from "@/components/staff/print-document";
import { Link } from "@/lib/i18n/navigation";
import { requireStaff } from "@/lib/server/auth/session";
import { agreementOutline } from "@/lib/server/partnerships/agreement-document";
import { asLocale } from "@/lib/server/urls";

type Props = PageProps<"/[locale]/staff/partnerships/[id]/agreement">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "partnerships.agreement" });
  return { title: t("documentKind"), robots: { index: false } };
}

export default async function AgreementPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requireStaff(
    "viewPartnerships",
    `${locale === "en" ? "/en" : ""}/staff/partnerships/${id}/agreement`,
  );
  const doc = await agreementOutline(id, asLocale(locale));
  if (!doc) notFound();
  const t = await getTranslations("partnerships.agreement");
  const pdfHref = `/api/staff/partnerships/${id}/agreement-pdf${locale === "en" ? "?lang=en" : ""}`;
  return (
    <>
      <PrintStyles />
      <div className="print:hidden">
        <p className="mt-0">
          <Link href={{ pathname: "/staff/partnerships/[id]", params: { id } }}>{t("back")}</Link>
        </p>
        <p>
          <a href={pdfHref} download>
            {t("pdfLink")}
          </a>
        </p>
        <p className="text-slate-700">{t("printHint")}</p>
      </div>
      <PrintArticle
        titleId="doc-title"
        municipality={doc.municipality}
        documentKind={doc.documentKind}
        title={doc.title}
      >
        {doc.sections.map((section) => (
          <PrintSection key={section.id} id={`doc-${section.id}`} heading={section.heading}>
            {section.blocks.map((block, i) =>
              block.kind === "text" ? (
                <LabelledText key={i} label={block.label} text={block.text} />
              ) : block.kind === "table" ? (
                <DocumentTable
                  key={i}
                  className="mt-4"
                  tableProps={{ "data-testid": `table-${section.id}` }}
                  caption={block.caption}
                  showCaption
                  head={block.head}
                  rows={block.rows}
                  lastColumn="text-right whitespace-nowrap"
                />
              ) : (
                <div key={i} className="mt-4 grid gap-10 sm:grid-cols-2 print:grid-cols-2">
                  {block.parties.map((party, j) => (
                    <div key={j} className="print:break-inside-avoid">
                      <p className="mt-0 font-semibold">{party.name}</p>
                      {party.detail && <p className="mt-0 text-slate-700 print:text-black">{party.detail}</p>}
                      <p className="mt-10 border-t border-slate-900 pt-1 text-sm">{block.place}</p>
                      <p className="mt-10 border-t border-slate-900 pt-1 text-sm">{block.signature}</p>
                    </div>
                  ))}
                </div>
              ),
            )}
          </PrintSection>
        ))}
      </PrintArticle>
    </>
  );
}
