import { describe, expect, it } from "vitest";
import {
  documentNumber,
  isArchivable,
  releasable,
  secrecyColumn,
  secrecyMarkingSchema,
} from "@/lib/domain/case-documents";

describe("registered documents", () => {
  it("numbers a document after its case", () => {
    expect(documentNumber("KS 2026/0042", 3)).toBe("KS 2026/0042-3");
  });

  it("accepts an OSL provision as the marking's paragraph and refuses anything else", () => {
    for (const paragraph of ["OSL 19:3", "osl 21:1", "OSL 21 kap. 7 §", "OSL 26:1 första stycket"]) {
      const parsed = secrecyMarkingSchema.safeParse({ marking: "osl", paragraph });
      expect(parsed.success, paragraph).toBe(true);
    }
    for (const [paragraph, message] of [
      ["", "paragraphRequired"],
      ["19:3", "paragraphFormat"],
      ["sekretess", "paragraphFormat"],
      [`OSL 19:3 ${"x".repeat(100)}`, "paragraphTooLong"],
    ] as const) {
      const parsed = secrecyMarkingSchema.safeParse({ marking: "osl", paragraph });
      expect(parsed.success).toBe(false);
      expect(parsed.error!.issues.map((i) => i.message)).toContain(message);
    }
    expect(secrecyMarkingSchema.safeParse({ marking: "maybe" }).success).toBe(false);
    expect(secrecyColumn({ marking: "none" })).toBeNull();
    expect(secrecyColumn({ marking: "osl", paragraph: "OSL  19:3" })).toBe("OSL 19:3");
  });

  it("leaves marked documents out of a release until a secrecy review is confirmed", () => {
    const docs = [
      { n: 1, secrecy: null },
      { n: 2, secrecy: "OSL 19:3" },
    ];
    expect(releasable(docs, false).map((d) => d.n)).toEqual([1]);
    expect(releasable(docs, true).map((d) => d.n)).toEqual([1, 2]);
  });

  it("archives only a case that has ended", () => {
    expect(isArchivable({ status: "ENDED" })).toBe(true);
    expect(isArchivable({ status: "OPEN" })).toBe(false);
  });
});
