import { describe, expect, it } from "vitest";
import {
  AGREEMENT_SECTION_FIELDS,
  agreementSectionsSchema,
  parseAgreementSections,
} from "@/lib/domain/agreement-sections";
import { formToObject } from "@/lib/server/http/form-to-object";

describe("the agreement's further sections (the agreement template, docs/domain.md)", () => {
  it("reads every field trimmed, missing ones as empty", () => {
    expect(parseAgreementSections({ background: "  Policy 2016 \n", surplusUse: "Samma ändamål" })).toEqual({
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
      parseAgreementSections({
        responsibleDepartment: "x".repeat(301),
        evaluation: "y".repeat(8001),
        collaboration: "ok",
      }),
    ).toEqual({ ok: false, errors: { responsibleDepartment: "tooLong", evaluation: "tooLong" } });
  });

  it("drops NUL characters rather than storing them", () => {
    // The route reads the form (lib/server/http/form-to-object.ts), and NUL goes there.
    const form = new FormData();
    form.append("background", "a\0b");
    const parsed = parseAgreementSections(formToObject(agreementSectionsSchema, form));
    expect(parsed.ok && parsed.data.background).toBe("ab");
  });
});
