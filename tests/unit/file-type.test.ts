import { describe, expect, it } from "vitest";
import {
  ALLOWED_FILE_KINDS,
  detectFileType,
  filenameWithExtension,
  MAX_FILE_BYTES,
  MAX_FILES_PER_REQUEST,
  safeFilename,
} from "@/lib/domain/file-type";
import { docx, exe, jpeg, odt, ods, openDocument, pdf, png, xlsx, zip } from "../support/zip";

const kindOf = (bytes: Uint8Array) => detectFileType(bytes)?.kind ?? null;

describe("detectFileType", () => {
  it("recognises every allowed kind from real bytes", () => {
    expect(detectFileType(pdf())).toEqual({ kind: "pdf", mime: "application/pdf", extension: "pdf" });
    expect(detectFileType(png())).toEqual({ kind: "png", mime: "image/png", extension: "png" });
    expect(detectFileType(jpeg())).toEqual({ kind: "jpg", mime: "image/jpeg", extension: "jpg" });
    expect(detectFileType(docx())).toMatchObject({
      kind: "docx",
      mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      extension: "docx",
    });
    expect(detectFileType(xlsx())).toMatchObject({
      kind: "xlsx",
      mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    });
    expect(detectFileType(odt())).toMatchObject({
      kind: "odt",
      mime: "application/vnd.oasis.opendocument.text",
    });
    expect(detectFileType(ods())).toMatchObject({
      kind: "ods",
      mime: "application/vnd.oasis.opendocument.spreadsheet",
    });
    expect([...ALLOWED_FILE_KINDS].sort()).toEqual(["docx", "jpg", "ods", "odt", "pdf", "png", "xlsx"]);
    expect(MAX_FILE_BYTES).toBe(10 * 1024 * 1024);
    expect(MAX_FILES_PER_REQUEST).toBe(5);
  });

  it("finds the central directory behind a ZIP comment", () => {
    const bytes = docx();
    const withComment = new Uint8Array([...bytes, ...new TextEncoder().encode("a comment")]);
    withComment[bytes.length - 2] = 9; // comment length
    expect(kindOf(withComment)).toBe("docx");
  });

  it("refuses executables, markup and other formats whatever they are called", () => {
    expect(kindOf(exe())).toBeNull(); // e.g. uploaded as x.pdf
    expect(kindOf(new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeNull();
    expect(kindOf(new TextEncoder().encode("<!doctype html><script>alert(1)</script>"))).toBeNull();
    const oleDoc = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]; // legacy .doc
    expect(kindOf(new Uint8Array(oleDoc))).toBeNull();
    expect(kindOf(new TextEncoder().encode(" %PDF-1.4"))).toBeNull(); // signature must come first
  });

  it("refuses ZIPs that are not office documents", () => {
    expect(kindOf(zip([{ name: "hello.txt", data: "hej" }]))).toBeNull();
    expect(kindOf(zip([]))).toBeNull();
    // An OOXML package without word/ or xl/ (a presentation) and one without [Content_Types].xml.
    const pptx = zip([
      { name: "[Content_Types].xml", data: "<Types/>" },
      { name: "ppt/presentation.xml", data: "<p/>" },
    ]);
    expect(kindOf(pptx)).toBeNull();
    expect(kindOf(zip([{ name: "word/document.xml", data: "<w/>" }]))).toBeNull();
  });

  it("requires the OpenDocument mimetype entry first, stored, with a known value", () => {
    expect(
      kindOf(openDocument("application/vnd.oasis.opendocument.text", { mimetypeFirst: false })),
    ).toBeNull();
    expect(kindOf(openDocument("application/vnd.oasis.opendocument.text", { method: 8 }))).toBeNull();
    expect(kindOf(openDocument("application/vnd.oasis.opendocument.presentation"))).toBeNull();
    expect(kindOf(openDocument("application/vnd.oasis.opendocument.text-template"))).toBeNull();
  });

  it("refuses empty, truncated and malformed input without throwing", () => {
    expect(kindOf(new Uint8Array())).toBeNull();
    expect(kindOf(png().subarray(0, 5))).toBeNull();
    expect(kindOf(new TextEncoder().encode("%PD"))).toBeNull();
    expect(kindOf(new Uint8Array([0xff, 0xd8]))).toBeNull();
    for (const full of [docx(), xlsx(), odt(), ods()]) {
      expect(kindOf(full.subarray(0, full.length - 10))).toBeNull(); // end record cut off
      expect(kindOf(full.subarray(0, Math.floor(full.length / 2)))).toBeNull();
      expect(kindOf(full.subarray(0, 4))).toBeNull();
    }
    // An end record that points outside the file, and a directory entry with a broken signature.
    const bad = docx();
    bad.set([0xff, 0xff, 0xff, 0x7f], bad.length - 6);
    expect(kindOf(bad)).toBeNull();
    const broken = xlsx();
    const directoryStart = new DataView(broken.buffer).getUint32(broken.length - 6, true);
    broken[directoryStart] = 0;
    expect(kindOf(broken)).toBeNull();
    // Random bytes behind a ZIP signature.
    const noise = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251);
    noise.set([0x50, 0x4b, 0x03, 0x04]);
    expect(kindOf(noise)).toBeNull();
  });
});

// Names as sent and as kept, under the behaviour they show.
const SAFE_NAMES: Record<string, [sent: string, kept: string][]> = {
  "drops folders, including Windows paths": [
    ["../../etc/passwd", "passwd"],
    ["C:\\x\\y.pdf", "y.pdf"],
    ["..", "fil"],
  ],
  "keeps Swedish letters, digits, spaces, dots, dashes and underscores": [
    ["åäö rapport.pdf", "åäö rapport.pdf"],
    ["Årsredovisning_2025-final.pdf", "Årsredovisning_2025-final.pdf"],
    // macOS sends decomposed letters; they must not lose their ring and dots.
    ["a\u030Aa\u0308o\u0308.pdf", "åäö.pdf"],
  ],
  "removes control and format characters and other symbols": [
    ["rap\u0000po\nrt\t.pdf", "rapport.pdf"],
    ["faktura\u202Efdp.exe", "fakturafdp.exe"], // right-to-left override
    ['a<b>:"|?*.pdf', "ab.pdf"],
    ["  .hidden  ", "hidden"],
  ],
};

describe("safeFilename", () => {
  for (const [behaviour, cases] of Object.entries(SAFE_NAMES)) {
    it(behaviour, () => {
      for (const [sent, kept] of cases) expect(safeFilename(sent), sent).toBe(kept);
    });
  }

  it("is never empty and never longer than 150 characters", () => {
    expect(safeFilename("")).toBe("fil");
    expect(safeFilename("\u0001\u0002")).toBe("fil");
    expect(safeFilename("/")).toBe("fil");
    expect(Array.from(safeFilename(`${"å".repeat(300)}.pdf`))).toHaveLength(150);
  });
});

describe("filenameWithExtension", () => {
  it("makes the name end with the detected extension", () => {
    expect(filenameWithExtension("rapport.exe", "pdf")).toBe("rapport.pdf");
    expect(filenameWithExtension("rapport.pdf", "pdf")).toBe("rapport.pdf");
    expect(filenameWithExtension("x.pdf", "png")).toBe("x.png");
    expect(filenameWithExtension("bild.jpeg", "jpg")).toBe("bild.jpg");
    expect(filenameWithExtension("Protokoll 2024.03.01", "pdf")).toBe("Protokoll 2024.03.01.pdf");
    expect(filenameWithExtension("", "odt")).toBe("fil.odt");
    expect(filenameWithExtension(".pdf", "pdf")).toBe("pdf.pdf");
    const long = filenameWithExtension(`${"a".repeat(300)}.pdf`, "xlsx");
    expect(long.length).toBeLessThanOrEqual(150);
    expect(long.endsWith("a.xlsx")).toBe(true);
  });
});
