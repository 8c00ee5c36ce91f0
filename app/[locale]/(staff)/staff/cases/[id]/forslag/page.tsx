import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { MetaList, NamedRowsTable, PrintArticle, PrintSections } from "@/components/staff/print-document";
import { PrintTools } from "@/components/staff/print-tools";
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

        <PrintSections
          sections={outline.sections}
          idPrefix="doc"
          block={(block) => (
            <NamedRowsTable head={block.head} rows={block.rows} lastColumn="whitespace-pre-line" />
          )}
        />
      </PrintArticle>
    </>
  );
}
