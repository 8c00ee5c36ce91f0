import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LabelledText, MetaList, PrintArticle, PrintSection } from "@/components/staff/print-document";
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

        {outline.sections.map((section) => (
          <PrintSection key={section.id} id={`doc-${section.id}`} heading={section.heading}>
            {section.blocks.map((block, i) =>
              block.kind === "field" ? (
                <LabelledText key={i} label={block.label} text={block.text} />
              ) : (
                <table key={i} className="mt-3 w-full border-collapse text-left">
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
                    {block.rows.map(([criterion, met, note]) => (
                      <tr key={criterion} className="align-top print:break-inside-avoid">
                        <th scope="row" className="border-b border-slate-300 py-1 pr-3 font-normal">
                          {criterion}
                        </th>
                        <td className="border-b border-slate-300 py-1 pr-3">{met}</td>
                        <td className="border-b border-slate-300 py-1 whitespace-pre-line">{note}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ),
            )}
          </PrintSection>
        ))}
      </PrintArticle>
    </>
  );
}
