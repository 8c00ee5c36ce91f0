import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { requireStaff } from "@/lib/server/auth/session";
import { agreementOutline } from "@/lib/server/partnerships/agreement-document";
import { asLocale } from "@/lib/server/urls";

type Props = PageProps<"/[locale]/staff/partnerships/[id]/agreement">;

// When printing, only the document: no site header, footer, staff menu or links.
const PRINT_CSS = `@media print {
  body > header, body > footer, main > nav, a[href="#main"] { display: none !important; }
  main { max-width: none !important; padding: 0 !important; }
  @page { size: A4; margin: 20mm; }
}`;

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
      <style>{PRINT_CSS}</style>
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
      <article aria-labelledby="doc-title" className="mt-6 print:mt-0 print:text-[11pt] print:text-black">
        <p className="mt-0 text-slate-700 print:text-black">{doc.municipality}</p>
        <p className="mt-0 text-sm tracking-wide text-slate-700 uppercase print:text-black">
          {doc.documentKind}
        </p>
        <h1 id="doc-title" className="mt-2">
          {doc.title}
        </h1>
        {doc.sections.map((section) => (
          <section key={section.id} aria-labelledby={`doc-${section.id}`} className="mt-8 print:mt-6">
            <h2 id={`doc-${section.id}`} className="print:break-after-avoid">
              {section.heading}
            </h2>
            {section.blocks.map((block, i) =>
              block.kind === "text" ? (
                <div key={i} className="mt-3 print:break-inside-avoid">
                  {block.label && <h3 className="mt-0 text-base font-semibold">{block.label}</h3>}
                  <p className="mt-1 whitespace-pre-line">{block.text}</p>
                </div>
              ) : block.kind === "table" ? (
                <div key={i} className="mt-4 overflow-x-auto">
                  <table className="w-full border-collapse text-left" data-testid={`table-${section.id}`}>
                    <caption className="text-left font-semibold">{block.caption}</caption>
                    <thead>
                      <tr>
                        {block.head.map((h, j) => (
                          <th
                            key={j}
                            scope="col"
                            className={`border-b-2 border-slate-700 py-1 pr-3 ${j === block.head.length - 1 && j > 0 ? "text-right" : ""}`}
                          >
                            {h}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {block.rows.map((r, j) => (
                        <tr
                          key={j}
                          className={`align-top print:break-inside-avoid ${r.total ? "font-semibold" : ""}`}
                        >
                          {r.cells.map((c, k) => (
                            <td
                              key={k}
                              className={`border-b border-slate-300 py-1 pr-3 ${k === r.cells.length - 1 && k > 0 ? "text-right whitespace-nowrap" : ""}`}
                            >
                              {c}
                            </td>
                          ))}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
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
          </section>
        ))}
      </article>
    </>
  );
}
