import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { requireStaff } from "@/lib/server/auth/session";
import { asLocale } from "@/lib/server/urls";
import { proposalDocument, proposalOutline } from "@/lib/server/staff/proposal-document";

type Props = PageProps<"/[locale]/staff/cases/[id]/forslag">;

// When printing, only the document: no site header, footer, staff menu or links.
const PRINT_CSS = `@media print {
  body > header, body > footer, main > nav, a[href="#main"] { display: none !important; }
  main { max-width: none !important; padding: 0 !important; }
  @page { size: A4; margin: 20mm; }
}`;

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
      <style>{PRINT_CSS}</style>
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

      <article aria-labelledby="doc-title" className="mt-6 print:mt-0 print:text-[11pt] print:text-black">
        <p className="mt-0 text-slate-700 print:text-black">{doc.municipality}</p>
        <p className="mt-0 text-sm uppercase tracking-wide text-slate-700 print:text-black">
          {outline.documentKind}
        </p>
        <h1 id="doc-title" className="mt-2">
          {outline.title}
        </h1>
        <dl className="mt-4 grid gap-x-4 gap-y-1 sm:grid-cols-4 print:grid-cols-4">
          {outline.meta.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-semibold">{label}</dt>
              <dd className="m-0 sm:col-span-3 print:col-span-3">{value}</dd>
            </div>
          ))}
        </dl>

        {outline.sections.map((section) => (
          <section key={section.id} aria-labelledby={`doc-${section.id}`} className="mt-8 print:mt-6">
            <h2 id={`doc-${section.id}`} className="print:break-after-avoid">
              {section.heading}
            </h2>
            {section.blocks.map((block, i) =>
              block.kind === "field" ? (
                <div key={i} className="mt-3 print:break-inside-avoid">
                  {block.label && <h3 className="mt-0 text-base font-semibold">{block.label}</h3>}
                  <p className="mt-1 whitespace-pre-line">{block.text}</p>
                </div>
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
          </section>
        ))}
      </article>
    </>
  );
}
