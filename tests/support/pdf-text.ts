import { inflateSync } from "node:zlib";
import { PDFArray, PDFDocument, PDFName, PDFRawStream, type PDFPage } from "pdf-lib";

// The text a PDF made with pdf-lib's standard fonts shows: every hex string drawn with Tj, decoded
// from WinAnsi (only the codes 0x80–0x9F that differ from Latin-1 and that our texts use).
const WIN_ANSI: Record<number, string> = { 0x96: "–", 0x97: "—", 0x92: "’", 0x93: "“", 0x94: "”", 0xb7: "·" };

function pageText(page: PDFPage): string {
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

/** All pages' text, whitespace collapsed. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await PDFDocument.load(bytes);
  return pdf.getPages().map(pageText).join("\n").replace(/\s+/g, " ").trim();
}
