import "server-only";
import { createTranslator } from "next-intl";
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { en, sv } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { wrapText } from "../staff/proposal-document";
import type { ReportData } from "./quarterly-report";

// The quarterly report as an A4 PDF (Helvetica, like the decision proposal), from the same outline
// the printable page shows.

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const BOTTOM = 64;
const WIDTH = A4[0] - 2 * MARGIN;
const INK = rgb(0.1, 0.1, 0.1);
const GREY = rgb(0.35, 0.35, 0.35);

/** Keeps only characters the standard font can encode (WinAnsi); others become "?". */
function encodable(font: PDFFont) {
  const supported = new Set(font.getCharacterSet());
  return (text: string) =>
    Array.from(text.normalize("NFC").replace(/\r\n?/g, "\n").replace(/\t/g, "    "))
      .map((ch) => (ch === "\n" || supported.has(ch.codePointAt(0)!) ? ch : "?"))
      .join("");
}

export async function reportPdf(report: ReportData, locale: Locale): Promise<Uint8Array> {
  const { outline } = report;
  const pdf = await PDFDocument.create();
  pdf.setTitle(`${outline.title}: ${outline.subtitle}`);
  pdf.setAuthor(outline.municipality);
  pdf.setLanguage(locale === "sv" ? "sv-SE" : "en-GB");
  pdf.setCreator("Lotsen");
  pdf.setProducer("Lotsen");
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const clean = encodable(regular);

  let page: PDFPage = pdf.addPage(A4);
  let y = A4[1] - MARGIN;
  const ensure = (height: number) => {
    if (y - height >= BOTTOM) return;
    page = pdf.addPage(A4);
    y = A4[1] - MARGIN;
  };
  const lines = (text: string, font: PDFFont, size: number, width: number) =>
    wrapText(clean(text), font, size, width);
  const write = (
    text: string,
    opts: {
      font?: PDFFont;
      size?: number;
      x?: number;
      width?: number;
      gap?: number;
      color?: typeof INK;
    } = {},
  ) => {
    const font = opts.font ?? regular;
    const size = opts.size ?? 10.5;
    const x = opts.x ?? MARGIN;
    const leading = size * 1.35;
    for (const line of lines(text, font, size, opts.width ?? WIDTH - (x - MARGIN))) {
      ensure(leading);
      y -= leading;
      if (line) page.drawText(line, { x, y: y + size * 0.25, size, font, color: opts.color ?? INK });
    }
    y -= opts.gap ?? 0;
  };

  write(outline.municipality, { size: 10, color: GREY });
  write(
    createTranslator({ locale, messages: locale === "sv" ? sv : en, namespace: "followUps.report" })(
      "documentKind",
    ).toUpperCase(),
    { size: 9, color: GREY, gap: 6 },
  );
  write(outline.title, { font: bold, size: 20, gap: 4 });
  write(outline.subtitle, { size: 13, gap: 10 });

  const labelWidth = 140;
  for (const [label, value] of outline.meta) {
    ensure(15);
    const top = y;
    write(label, { font: bold, width: labelWidth - 8 });
    const afterLabel = y;
    y = top;
    write(value, { x: MARGIN + labelWidth });
    y = Math.min(y, afterLabel) - 2;
  }
  y -= 8;
  page.drawLine({ start: { x: MARGIN, y }, end: { x: A4[0] - MARGIN, y }, thickness: 0.75, color: GREY });
  y -= 6;

  for (const section of outline.sections) {
    ensure(60);
    y -= 10;
    write(section.heading, { font: bold, size: 14, gap: 4 });
    for (const block of section.blocks) {
      if (block.kind === "text") {
        if (block.label) write(block.label, { font: bold });
        write(block.text, { gap: 6 });
        continue;
      }
      // A table: equal columns, each cell wrapped, a row as tall as its tallest cell.
      const col = WIDTH / block.head.length;
      const row = (cells: string[], font: PDFFont) => {
        const wrapped = cells.map((c) => lines(c, font, 10, col - 8));
        const height = Math.max(...wrapped.map((w) => w.length)) * 13.5 + 4;
        ensure(height);
        wrapped.forEach((cellLines, i) =>
          cellLines.forEach((line, j) => {
            if (line)
              page.drawText(line, {
                x: MARGIN + i * col,
                y: y - 13.5 * (j + 1) + 3,
                size: 10,
                font,
                color: INK,
              });
          }),
        );
        y -= height;
        page.drawLine({
          start: { x: MARGIN, y: y + 2 },
          end: { x: A4[0] - MARGIN, y: y + 2 },
          thickness: 0.4,
          color: GREY,
        });
      };
      row(block.head, bold);
      for (const cells of block.rows) row(cells, regular);
      y -= 6;
    }
  }

  const t = createTranslator({ locale, messages: locale === "sv" ? sv : en, namespace: "followUps.report" });
  const pages = pdf.getPages();
  pages.forEach((p, i) => {
    const footer = clean(`${outline.footer}  ·  ${t("page", { page: i + 1, pages: pages.length })}`);
    p.drawText(footer, {
      x: A4[0] - MARGIN - regular.widthOfTextAtSize(footer, 9),
      y: 32,
      size: 9,
      font: regular,
      color: GREY,
    });
  });
  return pdf.save();
}
