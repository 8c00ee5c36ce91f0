import { inflateSync } from "node:zlib";
import { PDFArray, PDFDocument, PDFName, PDFRawStream, type PDFPage } from "pdf-lib";

// The text a PDF made by pdf-lib with a standard font draws: each hex string shown with Tj,
// decoded from WinAnsi (only the codes our documents use differ from Latin-1), one line each.

const WIN_ANSI: Record<number, string> = { 0x96: "–", 0x97: "—", 0x92: "’", 0x93: "“", 0x94: "”", 0xb7: "·" };

export function pageText(page: PDFPage): string {
  const contents = page.node.Contents();
  const refs = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
  const lines: string[] = [];
  for (const ref of refs) {
    const stream = page.doc.context.lookup(ref);
    if (!(stream instanceof PDFRawStream)) throw new Error("expected a raw content stream");
    const filter = stream.dict.get(PDFName.of("Filter"));
    const raw =
      filter === PDFName.of("FlateDecode") ? inflateSync(stream.contents) : Buffer.from(stream.contents);
    for (const m of raw.toString("latin1").matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) {
      const bytes = Buffer.from(m[1]!, "hex");
      lines.push(Array.from(bytes, (b) => WIN_ANSI[b] ?? String.fromCharCode(b)).join(""));
    }
  }
  return lines.join("\n");
}

/** All the text of a PDF, whitespace collapsed to single spaces. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await PDFDocument.load(bytes);
  return pdf.getPages().map(pageText).join("\n").replace(/\s+/g, " ").trim();
}
