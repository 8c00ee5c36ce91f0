import { headers } from "next/headers";
import { Fragment, type ReactNode } from "react";
import { DocumentTable } from "@/components/document-table";
import { NONCE_HEADER } from "@/lib/nonce-csp";

// The parts the printable documents share (decision proposal, IOP agreement, quarterly report):
// print CSS, the document's head, the label/value list, headed sections of labelled paragraphs and
// tables whose first column names the rows. The links above the document are
// components/staff/print-tools.tsx; the agreement draws its own sum tables and signature lines.

// When printing, only the document: no site header, footer, staff menu or links.
const PRINT_CSS = `@media print {
  body > header, body > footer, main > nav, a[href="#main"] { display: none !important; }
  main { max-width: none !important; padding: 0 !important; }
  @page { size: A4; margin: 20mm; }
}`;

/** An inline style element: it needs the request's nonce (lib/nonce-csp.ts) to be applied. */
export async function PrintStyles() {
  const nonce = (await headers()).get(NONCE_HEADER) ?? undefined;
  return <style nonce={nonce}>{PRINT_CSS}</style>;
}

/** The document as an article named by its h1 (`titleId`), headed by issuer and kind of document. */
export function PrintArticle({
  titleId,
  municipality,
  documentKind,
  title,
  children,
}: {
  titleId: string;
  municipality: string;
  documentKind: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <article aria-labelledby={titleId} className="mt-6 print:mt-0 print:text-[11pt] print:text-black">
      <p className="mt-0 text-slate-700 print:text-black">{municipality}</p>
      <p className="mt-0 text-sm tracking-wide text-slate-700 uppercase print:text-black">{documentKind}</p>
      <h1 id={titleId} className="mt-2">
        {title}
      </h1>
      {children}
    </article>
  );
}

/** Label/value rows: one column of labels, three of values (stacked on narrow screens). */
export function MetaList({ rows }: { rows: [string, string][] }) {
  return (
    <dl className="mt-4 grid gap-x-4 gap-y-1 sm:grid-cols-4 print:grid-cols-4">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-semibold">{label}</dt>
          <dd className="m-0 sm:col-span-3 print:col-span-3">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A section named by its h2, whose heading stays with what follows it in print. */
export function PrintSection({
  id,
  heading,
  children,
}: {
  id: string;
  heading: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="mt-8 print:mt-6">
      <h2 id={id} className="print:break-after-avoid">
        {heading}
      </h2>
      {children}
    </section>
  );
}

/** A paragraph (its own line breaks kept), under an h3 label when it has one. */
export function LabelledText({ label, text }: { label?: string; text: string }) {
  return (
    <div className="mt-3 print:break-inside-avoid">
      {label && <h3 className="mt-0 text-base font-semibold">{label}</h3>}
      <p className="mt-1 whitespace-pre-line">{text}</p>
    </div>
  );
}

/**
 * The headed sections of a document, each section's id prefixed (`idPrefix-`). A block with a text
 * is a labelled paragraph; every other block is drawn by `block`.
 */
export function PrintSections<B extends { kind: string }>({
  sections,
  idPrefix,
  block,
}: {
  sections: { id: string; heading: string; blocks: B[] }[];
  idPrefix: string;
  block: (block: Exclude<B, { text: string }>, sectionId: string) => ReactNode;
}) {
  return sections.map((section) => (
    <PrintSection key={section.id} id={`${idPrefix}-${section.id}`} heading={section.heading}>
      {section.blocks.map((b, i) => (
        <Fragment key={i}>
          {"text" in b && typeof b.text === "string" ? (
            <LabelledText label={"label" in b ? (b.label as string | undefined) : undefined} text={b.text} />
          ) : (
            block(b as Exclude<B, { text: string }>, section.id)
          )}
        </Fragment>
      ))}
    </PrintSection>
  ));
}

/** A table of the outline whose first column names its rows; a caption is shown in grey. */
export function NamedRowsTable({
  head,
  rows,
  caption,
  lastColumn,
}: {
  head: string[];
  rows: string[][];
  caption?: string;
  lastColumn?: string;
}) {
  return (
    <DocumentTable
      className="mt-3"
      caption={caption}
      showCaption={caption ? "muted" : undefined}
      head={head}
      rows={rows.map((cells) => ({ cells }))}
      rowHeader
      lastColumn={lastColumn}
    />
  );
}
