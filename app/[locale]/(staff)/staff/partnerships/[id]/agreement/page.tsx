import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PrintArticle, PrintSections } from "@/components/staff/print-document";
import { PrintTools } from "@/components/staff/print-tools";
import { DocumentTable } from "@/components/document-table";
import { agreementOutline } from "@/lib/server/partnerships/agreement-document";
import { openStaffPage, staffMetadata } from "@/lib/server/staff/page";

type Props = PageProps<"/[locale]/staff/partnerships/[id]/agreement">;

export const generateMetadata = staffMetadata("partnerships.agreement.documentKind");

export default async function AgreementPage({ params }: Props) {
  const { id } = await params;
  const { locale } = await openStaffPage(params, "viewPartnerships", {
    pathname: "/staff/partnerships/[id]/agreement",
    params: { id },
  });
  const doc = await agreementOutline(id, locale);
  if (!doc) notFound();
  const t = await getTranslations("partnerships.agreement");
  const pdfHref = `/api/staff/partnerships/${id}/agreement-pdf${locale === "en" ? "?lang=en" : ""}`;
  return (
    <>
      <PrintTools
        back={{ href: { pathname: "/staff/partnerships/[id]", params: { id } }, label: t("back") }}
        pdf={{ href: pdfHref, label: t("pdfLink") }}
        printHint={t("printHint")}
      />
      <PrintArticle
        titleId="doc-title"
        municipality={doc.municipality}
        documentKind={doc.documentKind}
        title={doc.title}
      >
        <PrintSections
          sections={doc.sections}
          idPrefix="doc"
          block={(block, sectionId) =>
            block.kind === "table" ? (
              <DocumentTable
                className="mt-4"
                tableProps={{ "data-testid": `table-${sectionId}` }}
                caption={block.caption}
                showCaption
                head={block.head}
                rows={block.rows}
                lastColumn="text-right whitespace-nowrap"
              />
            ) : (
              <div className="mt-4 grid gap-10 sm:grid-cols-2 print:grid-cols-2">
                {block.parties.map((party, j) => (
                  <div key={j} className="print:break-inside-avoid">
                    <p className="mt-0 font-semibold">{party.name}</p>
                    {party.detail && <p className="mt-0 text-slate-700 print:text-black">{party.detail}</p>}
                    <p className="mt-10 border-t border-slate-900 pt-1 text-sm">{block.place}</p>
                    <p className="mt-10 border-t border-slate-900 pt-1 text-sm">{block.signature}</p>
                  </div>
                ))}
              </div>
            )
          }
        />
      </PrintArticle>
    </>
  );
}
