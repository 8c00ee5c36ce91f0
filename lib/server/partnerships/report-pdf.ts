import "server-only";
import { createTranslator } from "next-intl";
import type { PDFFont } from "pdf-lib";
import { en, sv } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { DocumentWriter, WIDTH } from "../pdf/document-writer";
import type { ReportData } from "./quarterly-report";

// The quarterly report as an A4 PDF (Helvetica, like the decision proposal), from the same outline
// the printable page shows.

export async function reportPdf(report: ReportData, locale: Locale): Promise<Uint8Array> {
  const { outline } = report;
  const t = createTranslator({ locale, messages: locale === "sv" ? sv : en, namespace: "followUps.report" });
  const w = await DocumentWriter.create(
    { title: `${outline.title}: ${outline.subtitle}`, author: outline.municipality, locale },
    { text: JSON.stringify(outline) },
  );

  w.masthead(outline.municipality, t("documentKind"), outline.title, { size: 20, gap: 4 });
  w.write(outline.subtitle, { size: 13, gap: 10 });
  w.metaRows(outline.meta, 140, () => 15);

  for (const section of outline.sections) {
    w.heading(section.heading);
    for (const block of section.blocks) {
      if (block.kind === "text") {
        w.field(block.label, block.text);
        continue;
      }
      // A table: equal columns, each cell wrapped, a row as tall as its tallest cell, a rule under each.
      const n = block.head.length;
      const layout = {
        widths: Array(n).fill(WIDTH / n),
        size: 10,
        leading: 13.5,
        inset: 8,
        baseline: 3,
        pad: 4,
      };
      const row = (cells: string[], font: PDFFont) => {
        w.tableRow(cells, font, layout);
        w.rule({ offset: 2, thickness: 0.4 });
      };
      row(block.head, w.bold);
      for (const cells of block.rows) row(cells, w.regular);
      w.y -= 6;
    }
  }

  return w.save((page, pages) => `${outline.footer}  ·  ${t("page", { page, pages })}`);
}
