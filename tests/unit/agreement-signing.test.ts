import { describe, expect, it } from "vitest";
import {
  activationRefusal,
  allSigned,
  compareOutlines,
  diffLines,
  outlineChanged,
  readFrozenParties,
  sameName,
  signatorySchema,
  signingState,
  signSchema,
  versionState,
  type FrozenParty,
  type OutlineLike,
} from "@/lib/domain/agreement-signing";

const civil: FrozenParty = { id: "c", side: "CIVIL_SOCIETY", name: "Söråkers Folkets Husförening" };
const municipality: FrozenParty = { id: "m", side: "PUBLIC", name: "Timrå kommun" };
const parties = [civil, municipality];
const at = new Date("2027-01-10T10:00:00Z");
const signed = (partyId: string) => ({ partyId, signedAt: at, cancelledAt: null });
const sent = (partyId: string) => ({ partyId, signedAt: null, cancelledAt: null });

describe("the all-signed rule", () => {
  it("needs a signature from every frozen party", () => {
    expect(allSigned(parties, [])).toBe(false);
    expect(allSigned(parties, [signed("c")])).toBe(false);
    expect(allSigned(parties, [signed("c"), sent("m")])).toBe(false);
    expect(allSigned(parties, [signed("c"), signed("m")])).toBe(true);
  });
  it("does not count cancelled signatures, signatures of others, or a version without parties", () => {
    expect(allSigned(parties, [signed("c"), { ...signed("m"), cancelledAt: at }])).toBe(false);
    expect(allSigned(parties, [signed("c"), signed("x")])).toBe(false);
    expect(allSigned([], [signed("c")])).toBe(false);
  });
  it("gives the version's and the partnership's state", () => {
    expect(versionState(parties, [])).toBe("FROZEN");
    expect(versionState(parties, [{ ...sent("c"), cancelledAt: at }])).toBe("FROZEN");
    expect(versionState(parties, [sent("c")])).toBe("OUT_FOR_SIGNING");
    expect(versionState(parties, [signed("c"), sent("m")])).toBe("OUT_FOR_SIGNING");
    expect(versionState(parties, [signed("c"), signed("m")])).toBe("SIGNED");
    expect(signingState(null)).toBe("NONE");
    expect(signingState({ parties, signatures: [signed("c")] })).toBe("OUT_FOR_SIGNING");
  });
});

describe("the activation rule", () => {
  it("exempts partnerships entered directly (no request)", () => {
    expect(activationRefusal({ fromRequest: false, latest: null })).toBeNull();
    expect(activationRefusal({ fromRequest: false, latest: { parties, signatures: [] } })).toBeNull();
  });
  it("asks a partnership made from a request for a fully signed latest version", () => {
    expect(activationRefusal({ fromRequest: true, latest: null })).toBe("notFrozen");
    expect(activationRefusal({ fromRequest: true, latest: { parties, signatures: [signed("c")] } })).toBe(
      "notSigned",
    );
    expect(
      activationRefusal({ fromRequest: true, latest: { parties, signatures: [signed("c"), signed("m")] } }),
    ).toBeNull();
  });
});

const outline = (purpose: string, budget = "500 000 kr"): OutlineLike => ({
  title: "IOP Timrå kommun och Söråkers Folketshusförening",
  sections: [
    { id: "purpose", heading: "Syfte", blocks: [{ kind: "text", text: purpose }] },
    {
      id: "budget",
      heading: "Budget",
      blocks: [
        {
          kind: "table",
          caption: "Budget 2018",
          head: ["Part", "Post", "Belopp"],
          rows: [{ cells: ["Timrå kommun", "Verksamhetsstöd", budget] }],
        },
      ],
    },
  ],
});

describe("comparing versions", () => {
  it("diffs lines: kept, removed and added in order", () => {
    expect(diffLines(["a", "b", "c"], ["a", "x", "c", "d"])).toEqual([
      { op: "same", text: "a" },
      { op: "removed", text: "b" },
      { op: "added", text: "x" },
      { op: "same", text: "c" },
      { op: "added", text: "d" },
    ]);
    expect(diffLines([], [])).toEqual([]);
  });
  it("tells which sections changed, with the old and new text", () => {
    const rows = compareOutlines(
      outline("Fler i arbete.\nUnga vuxna."),
      outline("Fler i arbete.\nAlla vuxna."),
    );
    expect(rows.map((r) => [r.id, r.changed])).toEqual([
      ["title", false],
      ["purpose", true],
      ["budget", false],
    ]);
    const purpose = rows.find((r) => r.id === "purpose")!;
    expect(purpose.before).toEqual(["Fler i arbete.", "Unga vuxna."]);
    expect(purpose.after).toEqual(["Fler i arbete.", "Alla vuxna."]);
    expect(purpose.diff.filter((d) => d.op !== "same")).toEqual([
      { op: "removed", text: "Unga vuxna." },
      { op: "added", text: "Alla vuxna." },
    ]);
  });
  it("sees a changed budget row and a section only one side has", () => {
    expect(outlineChanged(outline("A"), outline("A", "530 000 kr"))).toBe(true);
    expect(outlineChanged(outline("A"), outline("A"))).toBe(false);
    const newer = { ...outline("A"), sections: [...outline("A").sections.slice(0, 1)] };
    const rows = compareOutlines(outline("A"), newer);
    expect(rows.find((r) => r.id === "budget")).toMatchObject({ changed: true, after: [] });
  });
});

describe("forms and stored values", () => {
  it("reads frozen parties leniently", () => {
    expect(readFrozenParties([civil, { id: 1 }, null, { id: "x", side: "OTHER", name: "y" }])).toEqual([
      civil,
    ]);
    expect(readFrozenParties("nope")).toEqual([]);
  });
  it("checks the signatory and the signing form", () => {
    const ok = signatorySchema.safeParse({
      partyId: "0b7c8f7e-2a4b-4c57-9a3e-8d1f2b3c4d5e",
      name: "Eva Ek",
      role: "Ordförande",
      email: "eva@forening.test",
      mailLocale: "sv",
    });
    expect(ok.success).toBe(true);
    const bad = signatorySchema.safeParse({
      partyId: "x",
      name: "",
      role: "",
      email: "nej",
      mailLocale: "de",
    });
    expect(bad.success).toBe(false);
    expect(signSchema.safeParse({ typedName: "Eva Ek", consent: "yes" }).success).toBe(true);
    expect(signSchema.safeParse({ typedName: "Eva Ek", consent: "" }).success).toBe(false);
  });
  it("compares typed names without case or extra spaces", () => {
    expect(sameName("  eva   EK ", "Eva Ek")).toBe(true);
    expect(sameName("Åsa Öberg", "åsa öberg")).toBe(true);
    expect(sameName("Eva", "Eva Ek")).toBe(false);
  });
});
