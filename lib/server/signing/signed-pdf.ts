import "server-only";
import { PDFDocument } from "pdf-lib";
import { DocumentWriter, GREY } from "../pdf/document-writer";

// The signed agreement: the frozen PDF as it was, byte for byte in content, followed by a signature
// page listing every signature and the SHA-256 of the frozen document they signed. Drawn once, when
// the last party has signed, and stored; it is never drawn again.

export interface SignatureLine {
  party: string;
  name: string;
  role: string;
  /** Stockholm time, as printed. */
  signedAt: string;
  addressHash: string;
  provider: string;
}

export async function signedAgreementPdf(input: {
  frozen: Uint8Array;
  title: string;
  municipality: string;
  number: number;
  sha256: string;
  signatures: SignatureLine[];
}): Promise<Uint8Array> {
  const text = JSON.stringify(input.signatures) + input.title;
  const w = await DocumentWriter.create(
    { title: input.title, author: input.municipality, locale: "sv" },
    { text },
  );
  w.masthead(input.municipality, "Underskrifter", input.title, { size: 16, gap: 8 });
  w.field("Avtalsversion", String(input.number));
  w.field("SHA-256 för det undertecknade dokumentet (version utan denna sida)", input.sha256);
  for (const s of input.signatures) {
    w.heading(s.party);
    w.field("Namn", s.name);
    w.field("Roll", s.role);
    w.field("Undertecknat", s.signedAt);
    w.field("Klientadress (hashad)", s.addressHash);
    w.write(`Signaturmetod: ${s.provider === "simple" ? "enkel elektronisk underskrift" : s.provider}`, {
      color: GREY,
      gap: 6,
    });
  }
  const page = await PDFDocument.load(await w.save((p, n) => `Underskrifter · ${p}/${n}`));
  const doc = await PDFDocument.load(input.frozen, { updateMetadata: false });
  for (const copied of await doc.copyPages(page, page.getPageIndices())) doc.addPage(copied);
  return doc.save();
}
