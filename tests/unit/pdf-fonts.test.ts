import { PDFDict, PDFDocument, PDFName } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { DocumentWriter } from "@/lib/server/pdf/document-writer";

const info = { title: "Överenskommelse", author: "Exempelstads kommun", locale: "sv" as const };

describe("PDF fonts", () => {
  it("use the standard Helvetica while every character fits it (Swedish, ?, –)", async () => {
    const w = await DocumentWriter.create(info, { text: "Åsa Öberg – vad gäller? 1 760 h × 134 kr" });
    expect(w.regular.name).toBe("Helvetica");
    expect(w.clean("Åsa?")).toBe("Åsa?");
  });

  it("embed DejaVu Sans when a name needs it, so it prints as written and not as '?'", async () => {
    const name = "Stowarzyszenie Łączy Nas · Кооператив Дом";
    const w = await DocumentWriter.create(info, { text: name });
    expect(w.regular.name).toContain("DejaVuSans");
    expect(w.clean(name)).toBe(name);
    w.write(name, { font: w.bold });
    const bytes = await w.pdf.save();
    const fonts = (await PDFDocument.load(bytes)).context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter((o): o is PDFDict => o instanceof PDFDict && String(o.get(PDFName.of("Type"))) === "/Font")
      .map((o) => String(o.get(PDFName.of("BaseFont"))));
    expect(fonts.some((f) => f.includes("DejaVuSans-Bold"))).toBe(true);
  });
});
