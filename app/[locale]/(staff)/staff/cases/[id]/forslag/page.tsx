import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DocumentTable } from "@/components/document-table";
import {
  LabelledText,
  MetaList,
  PrintArticle,
  PrintSection,
  PrintStyles,
} from "@/components/staff/print-document";
import { Link } from "@/lib/i18n/navigation";
import { requireStaff } from "@/lib/server/auth/session";
import { asLocale } from "@/lib/server/urls";
import { proposalDocument, proposalOutline } from "@/lib/server/staff/proposal-document";

type Props = PageProps<"/[locale]/staff/cases/[id]/forslag">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "staff.proposalDoc" });
  return { title: t("title"), robots: { index: false } };
}

export default async function ProposalDocumentPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requireStaff("readProposals");
  const doc = await proposalDocument(id, asLocale(locale));
  if (!doc) notFound();
  const outline = proposalOutline(doc);
  const t = await getTranslations("staff.proposalDoc");
  const pdfHref = `/api/staff/cases/${id}/proposal-pdf${locale === "en" ? "?lang=en" : ""}`;

  return (
    <>
      <PrintStyles />
      <div className="print:hidden">
        <p className="mt-0">
          <Link href={{ pathname: "/staff/cases/[id]", params: { id } }}>{t("back")}</Link>
        </p>
        <p className="flex flex-wrap gap-6">
          <a href={pdfHref} download>
            {t("pdfLink")}
          </a>
        </p>
        <p className="text-slate-700">{t("printHint")}</p>
      </div>

      <PrintArticle
        titleId="doc-title"
        municipality={doc.municipality}
        documentKind={outline.documentKind}
        title={outline.title}
      >
        <MetaList rows={outline.meta} />

        {outline.sections.map((section) => (
          <PrintSection key={section.id} id={`doc-${section.id}`} heading={section.heading}>
            {section.blocks.map((block, i) =>
              block.kind === "field" ? (
                <LabelledText key={i} label={block.label} text={block.text} />
              ) : (
                <DocumentTable
                  key={i}
                  className="mt-3"
                  head={block.head}
                  rows={block.rows.map((cells) => ({ cells }))}
                  rowHeader
                  lastColumn="whitespace-pre-line"
                />
              ),
            )}
          </PrintSection>
        ))}
      </PrintArticle>
    </>
  );
}
