import "server-only";
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { wrapText } from "../staff/proposal-document";
import type { AgreementOutline } from "./agreement-document";

// The agreement as an A4 PDF (Helvetica, WinAnsi), drawn from the same outline as the print page.

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const BOTTOM = 64;
const WIDTH = A4[0] - 2 * MARGIN;
const INK = rgb(0.1, 0.1, 0.1);
const GREY = rgb(0.35, 0.35, 0.35);

/** Keeps only characters the standard font can encode; thin and no-break spaces become spaces. */
function encodable(font: PDFFont) {
  const supported = new Set(font.getCharacterSet());
  return (text: string) =>
    Array.from(
      text
        .normalize("NFC")
        .replace(/\r\n?/g, "\n")
        .replace(/\t/g, "    ")
        .replace(/[\u00a0\u202f]/g, " "),
    )
      .map((ch) => (ch === "\n" || supported.has(ch.codePointAt(0)!) ? ch : ch === "−" ? "-" : "?"))
      .join("");
}

export async function agreementPdf(
  outline: AgreementOutline,
  pageLabel: (page: number, pages: number) => string,
) {
  const pdf = await PDFDocument.create();
  pdf.setTitle(outline.title);
  pdf.setAuthor(outline.municipality);
  pdf.setLanguage(outline.locale === "sv" ? "sv-SE" : "en-GB");
  pdf.setCreator("Lotsen");
  pdf.setProducer("Lotsen");
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const clean = encodable(regular);

  let page: PDFPage = pdf.addPage(A4);
  let y = A4[1] - MARGIN;
  const ensure = (height: number) => {
    if (y - height < BOTTOM) {
      page = pdf.addPage(A4);
      y = A4[1] - MARGIN;
    }
  };
  const write = (
    text: string,
    o: { font?: PDFFont; size?: number; x?: number; width?: number; gap?: number; color?: typeof INK } = {},
  ) => {
    const font = o.font ?? regular;
    const size = o.size ?? 10.5;
    const x = o.x ?? MARGIN;
    const leading = size * 1.35;
    for (const line of wrapText(clean(text), font, size, o.width ?? WIDTH - (x - MARGIN))) {
      ensure(leading);
      y -= leading;
      if (line) page.drawText(line, { x, y: y + size * 0.25, size, font, color: o.color ?? INK });
    }
    y -= o.gap ?? 0;
  };

  write(outline.municipality, { size: 10, color: GREY });
  write(outline.documentKind.toUpperCase(), { size: 9, color: GREY, gap: 6 });
  write(outline.title, { font: bold, size: 18, gap: 10 });

  for (const section of outline.sections) {
    ensure(60);
    y -= 10;
    write(section.heading, { font: bold, size: 14, gap: 4 });
    for (const block of section.blocks) {
      if (block.kind === "text") {
        if (block.label) write(block.label, { font: bold });
        write(block.text, { gap: 6 });
      } else if (block.kind === "table") {
        write(block.caption, { font: bold, gap: 2 });
        // Columns share the width; the last one (an amount) is right-aligned.
        const n = block.head.length;
        const widths = n === 4 ? [110, 150, 150, WIDTH - 410] : Array(n).fill(WIDTH / n);
        const row = (cells: string[], font: PDFFont) => {
          const wrapped = cells.map((c, i) => wrapText(clean(c), font, 9.5, widths[i] - 6));
          const height = Math.max(...wrapped.map((w) => w.length)) * 9.5 * 1.3;
          ensure(height + 2);
          let x = MARGIN;
          wrapped.forEach((lines, i) => {
            lines.forEach((line, j) => {
              const lineY = y - (j + 1) * 9.5 * 1.3 + 2.5;
              const w = font.widthOfTextAtSize(line, 9.5);
              const at = i === n - 1 && n > 1 ? x + widths[i] - w : x;
              page.drawText(line, { x: at, y: lineY, size: 9.5, font, color: INK });
            });
            x += widths[i];
          });
          y -= height + 2;
        };
        row(block.head, bold);
        page.drawLine({
          start: { x: MARGIN, y: y + 1 },
          end: { x: A4[0] - MARGIN, y: y + 1 },
          thickness: 0.75,
          color: GREY,
        });
        for (const r of block.rows) row(r.cells, r.total ? bold : regular);
        y -= 6;
      } else {
        for (const party of block.parties) {
          ensure(90);
          y -= 14;
          write(party.name, { font: bold });
          if (party.detail) write(party.detail, { color: GREY });
          y -= 24;
          page.drawLine({ start: { x: MARGIN, y }, end: { x: MARGIN + 200, y }, thickness: 0.5, color: INK });
          page.drawLine({
            start: { x: MARGIN + 240, y },
            end: { x: A4[0] - MARGIN, y },
            thickness: 0.5,
            color: INK,
          });
          y -= 12;
          page.drawText(clean(block.place), { x: MARGIN, y, size: 9, font: regular, color: GREY });
          page.drawText(clean(block.signature), { x: MARGIN + 240, y, size: 9, font: regular, color: GREY });
        }
      }
    }
  }

  const pages = pdf.getPages();
  pages.forEach((p, i) => {
    const footer = clean(pageLabel(i + 1, pages.length));
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
