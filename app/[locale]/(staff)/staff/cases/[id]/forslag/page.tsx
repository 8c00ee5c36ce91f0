import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LabelledText, MetaList, PrintArticle, PrintSection } from "@/components/staff/print-document";
import { PrintTools } from "@/components/staff/print-tools";
import { DocumentTable } from "@/components/document-table";
import { requireStaff } from "@/lib/server/auth/session";
import { staffMetadata } from "@/lib/server/staff/page";
import { asLocale } from "@/lib/server/urls";
import { proposalDocument, proposalOutline } from "@/lib/server/staff/proposal-document";

type Props = PageProps<"/[locale]/staff/cases/[id]/forslag">;

export const generateMetadata = staffMetadata("staff.proposalDoc.title");

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
      <PrintTools
        back={{ href: { pathname: "/staff/cases/[id]", params: { id } }, label: t("back") }}
        pdf={{ href: pdfHref, label: t("pdfLink") }}
        printHint={t("printHint")}
      />

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
