import "server-only";
import { createTranslator } from "next-intl";
import { en, sv } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { A4, DocumentWriter, GREY, INK, MARGIN, WIDTH, type RowLayout } from "../pdf/document-writer";
import { agreementOutline, type AgreementOutline } from "./agreement-document";

// The agreement as an A4 PDF (Helvetica, WinAnsi), drawn from the same outline as the print page.

export async function agreementPdf(
  outline: AgreementOutline,
  pageLabel: (page: number, pages: number) => string,
) {
  // Plain punctuation: the budget's amounts are formatted with no-break spaces and minus signs.
  const w = await DocumentWriter.create(
    { title: outline.title, author: outline.municipality, locale: outline.locale },
    { plainPunctuation: true, text: JSON.stringify(outline) },
  );
  const { regular, bold, clean } = w;

  w.masthead(outline.municipality, outline.documentKind, outline.title, { size: 18, gap: 10 });

  for (const section of outline.sections) {
    w.heading(section.heading);
    for (const block of section.blocks) {
      if (block.kind === "text") {
        w.field(block.label, block.text);
      } else if (block.kind === "table") {
        w.write(block.caption, { font: bold, gap: 2 });
        // Columns share the width; the last one (an amount) is right-aligned.
        const n = block.head.length;
        const layout: RowLayout = {
          widths: n === 4 ? [110, 150, 150, WIDTH - 410] : Array(n).fill(WIDTH / n),
          size: 9.5,
          leading: 9.5 * 1.3,
          inset: 6,
          baseline: 2.5,
          pad: 2,
          alignLastRight: true,
        };
        w.tableRow(block.head, bold, layout);
        w.rule({ offset: 1 });
        for (const r of block.rows) w.tableRow(r.cells, r.total ? bold : regular, layout);
        w.y -= 6;
      } else {
        for (const party of block.parties) {
          w.ensure(90);
          w.y -= 14;
          w.write(party.name, { font: bold });
          if (party.detail) w.write(party.detail, { color: GREY });
          w.y -= 24;
          const y = w.y;
          w.page.drawLine({
            start: { x: MARGIN, y },
            end: { x: MARGIN + 200, y },
            thickness: 0.5,
            color: INK,
          });
          w.page.drawLine({
            start: { x: MARGIN + 240, y },
            end: { x: A4[0] - MARGIN, y },
            thickness: 0.5,
            color: INK,
          });
          w.y -= 12;
          const small = { y: w.y, size: 9, font: regular, color: GREY };
          w.page.drawText(clean(block.place), { x: MARGIN, ...small });
          w.page.drawText(clean(block.signature), { x: MARGIN + 240, ...small });
        }
      }
    }
  }

  return w.save(pageLabel);
}

/** The agreement as the record reads now (not a frozen version); null when there is no such partnership. */
export async function draftAgreementPdf(partnershipId: string, locale: Locale) {
  const outline = await agreementOutline(partnershipId, locale);
  if (!outline) return null;
  const t = createTranslator({
    locale,
    messages: locale === "en" ? en : sv,
    namespace: "partnerships.agreement",
  });
  return agreementPdf(outline, (page, pages) => `${outline.title} · ${t("page", { page, pages })}`);
}
