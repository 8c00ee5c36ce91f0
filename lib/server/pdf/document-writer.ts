import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import type { Locale } from "@/lib/i18n/routing";

// The page setup and drawing primitives the PDFs share (decision proposal, IOP agreement,
// quarterly report): A4 in Helvetica, text wrapped and broken over pages from the top down, with
// a page label in every footer. Each document module only decides what to draw in which order.

export const A4: [number, number] = [595.28, 841.89];
export const MARGIN = 56;
const BOTTOM = 64; // room for the page label
export const WIDTH = A4[0] - 2 * MARGIN;
export const INK = rgb(0.1, 0.1, 0.1);
export const GREY = rgb(0.35, 0.35, 0.35);
const BODY_SIZE = 10.5;
const LEADING = 1.35;

/**
 * Keeps only characters the standard font can encode (WinAnsi); others become "?". With
 * `plainPunctuation`, no-break and thin spaces become spaces and the minus sign a hyphen first, so
 * that amounts formatted by Intl stay readable.
 */
function encodable(font: PDFFont, plainPunctuation: boolean) {
  const supported = new Set(font.getCharacterSet());
  return (text: string) => {
    let s = text.normalize("NFC").replace(/\r\n?/g, "\n").replace(/\t/g, "    ");
    if (plainPunctuation) s = s.replace(/[\u00a0\u202f]/g, " ");
    return Array.from(s)
      .map((ch) =>
        ch === "\n" || supported.has(ch.codePointAt(0)!) ? ch : plainPunctuation && ch === "−" ? "-" : "?",
      )
      .join("");
  };
}

/** Breaks text into lines no wider than `width`, keeping its own line breaks; long words are split. */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const fits = (s: string) => font.widthOfTextAtSize(s, size) <= width;
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (let word of paragraph.split(/ +/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = "";
      while (!fits(word)) {
        let cut = word.length - 1;
        while (cut > 1 && !fits(word.slice(0, cut))) cut--;
        lines.push(word.slice(0, cut));
        word = word.slice(cut);
      }
      line = word;
    }
    lines.push(line);
  }
  return lines;
}

export interface WriteOptions {
  font?: PDFFont;
  size?: number;
  x?: number;
  width?: number;
  /** Space below the text. */
  gap?: number;
  color?: typeof INK;
}

/** How a table row is laid out: column widths, type size, line height and padding. */
export interface RowLayout {
  widths: number[];
  size: number;
  leading: number;
  /** Taken off each column's width when wrapping, as room between columns. */
  inset: number;
  /** Raises each line above the bottom of its line box. */
  baseline: number;
  /** Added to the row's height, below its lines. */
  pad: number;
  /** Right-align the last column (amounts) when there is more than one. */
  alignLastRight?: boolean;
}

export interface DocumentInfo {
  title: string;
  author: string;
  locale: Locale;
  subject?: string;
}

/** Whether every character of `text` can be drawn in `font` as it is (or as `encodable` maps it). */
function fitsFont(font: PDFFont, text: string, plainPunctuation: boolean): boolean {
  const supported = new Set(font.getCharacterSet());
  const mapped = plainPunctuation ? new Set(["\u00a0", "\u202f", "−"]) : new Set<string>();
  return Array.from(text.normalize("NFC")).every(
    (ch) => "\n\r\t".includes(ch) || mapped.has(ch) || supported.has(ch.codePointAt(0)!),
  );
}

const UNICODE_FONTS = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");

async function embedUnicodeFonts(pdf: PDFDocument) {
  pdf.registerFontkit(fontkit);
  const [regular, bold] = await Promise.all([
    readFile(path.join(UNICODE_FONTS, "DejaVuSans.ttf")),
    readFile(path.join(UNICODE_FONTS, "DejaVuSans-Bold.ttf")),
  ]);
  return {
    regular: await pdf.embedFont(regular, { subset: true }),
    bold: await pdf.embedFont(bold, { subset: true }),
  };
}

/** A PDF being written from the top of the first page down; `y` is where the next line goes. */
export class DocumentWriter {
  page: PDFPage;
  y = A4[1] - MARGIN;

  private constructor(
    readonly pdf: PDFDocument,
    readonly regular: PDFFont,
    readonly bold: PDFFont,
    readonly clean: (text: string) => string,
  ) {
    this.page = pdf.addPage(A4);
  }

  /**
   * `text`: everything the document will show. When some of it is outside what the standard
   * Helvetica can encode (WinAnsi: e.g. ł, č, Cyrillic, Arabic letters in an organisation's name),
   * DejaVu Sans is embedded (subset) instead, so names print as written rather than as "?".
   */
  static async create(info: DocumentInfo, opts: { plainPunctuation?: boolean; text?: string } = {}) {
    const pdf = await PDFDocument.create();
    pdf.setTitle(info.title);
    if (info.subject !== undefined) pdf.setSubject(info.subject);
    pdf.setAuthor(info.author);
    pdf.setLanguage(info.locale === "sv" ? "sv-SE" : "en-GB");
    pdf.setCreator("Lotsen");
    pdf.setProducer("Lotsen");
    const plain = opts.plainPunctuation ?? false;
    const helvetica = await pdf.embedFont(StandardFonts.Helvetica);
    if (opts.text !== undefined && !fitsFont(helvetica, opts.text, plain)) {
      const { regular, bold } = await embedUnicodeFonts(pdf);
      return new DocumentWriter(pdf, regular, bold, encodable(regular, plain));
    }
    const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
    return new DocumentWriter(pdf, helvetica, bold, encodable(helvetica, plain));
  }

  /** Starts a new page unless `height` still fits above the footer. */
  ensure(height: number) {
    if (this.y - height >= BOTTOM) return;
    this.page = this.pdf.addPage(A4);
    this.y = A4[1] - MARGIN;
  }

  /** The text, made encodable, as lines no wider than `width`. */
  lines(text: string, font: PDFFont, size: number, width: number) {
    return wrapText(this.clean(text), font, size, width);
  }

  /** Writes wrapped text line by line, breaking pages between lines. */
  write(text: string, opts: WriteOptions = {}) {
    const font = opts.font ?? this.regular;
    const size = opts.size ?? BODY_SIZE;
    const x = opts.x ?? MARGIN;
    const leading = size * LEADING;
    for (const line of this.lines(text, font, size, opts.width ?? WIDTH - (x - MARGIN))) {
      this.ensure(leading);
      this.y -= leading;
      if (line)
        this.page.drawText(line, { x, y: this.y + size * 0.25, size, font, color: opts.color ?? INK });
    }
    this.y -= opts.gap ?? 0;
  }

  /** The document's head: who issues it, what kind of document it is, and its title. */
  masthead(
    municipality: string,
    documentKind: string,
    title: string,
    titleStyle: { size: number; gap: number },
  ) {
    this.write(municipality, { size: 10, color: GREY });
    this.write(documentKind.toUpperCase(), { size: 9, color: GREY, gap: 6 });
    this.write(title, { font: this.bold, ...titleStyle });
  }

  /**
   * Label/value rows (label in bold on the left), then a rule. `keep` is the height each row wants
   * on its page before it starts.
   */
  metaRows(rows: [string, string][], labelWidth: number, keep: (value: string) => number) {
    for (const [label, value] of rows) {
      this.ensure(keep(value));
      const top = this.y;
      this.write(label, { font: this.bold, width: labelWidth - 8 });
      const afterLabel = this.y;
      this.y = top;
      this.write(value, { x: MARGIN + labelWidth });
      this.y = Math.min(this.y, afterLabel) - 2;
    }
    this.y -= 8;
    this.rule();
    this.y -= 6;
  }

  /** A section heading, kept together with the start of its text. */
  heading(text: string) {
    this.ensure(60);
    this.y -= 10;
    this.write(text, { font: this.bold, size: 14, gap: 4 });
  }

  /** A paragraph, with its label in bold above when it has one. */
  field(label: string | undefined, text: string) {
    if (label) this.write(label, { font: this.bold });
    this.write(text, { gap: 6 });
  }

  /** A full-width line `offset` above the current position. */
  rule({ offset = 0, thickness = 0.75 }: { offset?: number; thickness?: number } = {}) {
    const y = this.y + offset;
    this.page.drawLine({ start: { x: MARGIN, y }, end: { x: A4[0] - MARGIN, y }, thickness, color: GREY });
  }

  /** One table row: each cell wrapped to its column, the row as tall as its tallest cell. */
  tableRow(cells: string[], font: PDFFont, layout: RowLayout) {
    const { widths, size, leading } = layout;
    const wrapped = cells.map((c, i) => this.lines(c, font, size, widths[i]! - layout.inset));
    const height = Math.max(...wrapped.map((w) => w.length)) * leading + layout.pad;
    this.ensure(height);
    let x = MARGIN;
    wrapped.forEach((cellLines, i) => {
      const last = layout.alignLastRight && i === widths.length - 1 && widths.length > 1;
      cellLines.forEach((line, j) => {
        if (!line) return;
        const at = last ? x + widths[i]! - font.widthOfTextAtSize(line, size) : x;
        this.page.drawText(line, {
          x: at,
          y: this.y - (j + 1) * leading + layout.baseline,
          size,
          font,
          color: INK,
        });
      });
      x += widths[i]!;
    });
    this.y -= height;
  }

  /** Puts `label(page, pages)` at the bottom right of every page and returns the PDF's bytes. */
  async save(label: (page: number, pages: number) => string): Promise<Uint8Array> {
    const pages = this.pdf.getPages();
    pages.forEach((p, i) => {
      const footer = this.clean(label(i + 1, pages.length));
      p.drawText(footer, {
        x: A4[0] - MARGIN - this.regular.widthOfTextAtSize(footer, 9),
        y: 32,
        size: 9,
        font: this.regular,
        color: GREY,
      });
    });
    return this.pdf.save();
  }
}
