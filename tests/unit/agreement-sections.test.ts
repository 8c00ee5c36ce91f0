import { describe, expect, it } from "vitest";
import { AGREEMENT_SECTION_FIELDS, parseAgreementSections } from "@/lib/domain/agreement-sections";

const formOf = (values: Record<string, string>) => (name: string) =>
  values[name] === undefined ? [] : [values[name]!];

describe("the agreement's further sections (the agreement template, docs/domain.md)", () => {
  it("reads every field trimmed, missing ones as empty", () => {
    expect(
      parseAgreementSections(formOf({ background: "  Policy 2016 \n", surplusUse: "Samma ändamål" })),
    ).toEqual({
      ok: true,
      data: {
        background: "Policy 2016",
        collaboration: "",
        responsibleCommittee: "",
        responsibleDepartment: "",
        evaluation: "",
        surplusUse: "Samma ändamål",
      },
    });
    expect(AGREEMENT_SECTION_FIELDS[0]).toBe("background");
  });

  it("refuses too long texts per field, with the message key", () => {
    expect(
      parseAgreementSections(
        formOf({ responsibleDepartment: "x".repeat(301), evaluation: "y".repeat(8001), collaboration: "ok" }),
      ),
    ).toEqual({ ok: false, errors: { responsibleDepartment: "tooLong", evaluation: "tooLong" } });
  });

  it("drops NUL characters rather than storing them", () => {
    const parsed = parseAgreementSections(formOf({ background: "a\0b" }));
    expect(parsed.ok && parsed.data.background).toBe("ab");
  });
});
