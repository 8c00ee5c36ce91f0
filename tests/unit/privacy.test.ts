import { describe, expect, it } from "vitest";
import { PERSONAL_VALUE, withoutPersonalValues } from "@/lib/domain/audit";
import {
  changedContactFields,
  contactRectificationSchema,
  eraseAnswers,
  normalisePhone,
  parseIdentifier,
  tombstone,
} from "@/lib/domain/privacy";

describe("identifiers for a register extract", () => {
  it("normalises an address to lower case and refuses what is not one", () => {
    expect(parseIdentifier("email", "  Anna.B@Example.SE ")).toEqual({
      ok: true,
      identifier: { kind: "email", value: "anna.b@example.se" },
    });
    expect(parseIdentifier("email", "anna@")).toEqual({ ok: false, problem: "email" });
    expect(parseIdentifier("email", "   ")).toEqual({ ok: false, problem: "required" });
    expect(parseIdentifier("name", "Anna")).toEqual({ ok: false, problem: "kind" });
  });

  it("reads a Swedish phone number in any common form as the same national digits", () => {
    for (const typed of ["070-123 45 67", "+46 70 123 45 67", "0046701234567", "(070) 1234567"])
      expect(normalisePhone(typed), typed).toBe("0701234567");
    expect(normalisePhone("+44 20 7946 0958")).toBe("+442079460958");
    expect(normalisePhone("070-abc")).toBeNull();
    expect(parseIdentifier("phone", "12")).toEqual({ ok: false, problem: "phone" });
  });

  it("checks an org number with its check digit and gives it a dash", () => {
    expect(parseIdentifier("orgNumber", "8024123450")).toEqual({
      ok: true,
      identifier: { kind: "orgNumber", value: "802412-3450" },
    });
    expect(parseIdentifier("orgNumber", "802412-3451")).toEqual({ ok: false, problem: "orgNumber" });
  });
});

describe("erasure", () => {
  it("marks an erased value with the Swedish date", () => {
    expect(tombstone(new Date("2026-11-30T23:30:00Z"))).toBe("[raderad 2026-12-01]");
  });

  it("replaces typed-in answers and keeps the form's codes, counts and themes", () => {
    const erased = eraseAnswers(
      {
        organisation: { name: "Föreningen", orgNumber: "802412-3450", form: "ASSOCIATION", website: "" },
        contact: { name: "Anna", email: "anna@example.se", phone: "070" },
        themes: { themes: ["INTEGRATION"] },
        organisationStructure: { employees: "2", board: "Anna, Bo" },
        unknown: { list: ["a", "b"], nested: { x: 1 } },
      },
      "[raderad]",
    );
    expect(erased).toEqual({
      organisation: { name: "[raderad]", orgNumber: "[raderad]", form: "ASSOCIATION", website: "" },
      contact: { name: "[raderad]", email: "[raderad]", phone: "[raderad]" },
      themes: { themes: ["INTEGRATION"] },
      organisationStructure: { employees: "2", board: "[raderad]" },
      unknown: { list: ["[raderad]", "[raderad]"], nested: null },
    });
  });
});

describe("rectification", () => {
  it("names the fields that change and validates the new values", () => {
    const parsed = contactRectificationSchema.parse({ name: " Anna ", email: "ANNA@Example.se", phone: "" });
    expect(parsed).toEqual({ name: "Anna", email: "anna@example.se", phone: null });
    expect(changedContactFields({ name: "Anna", email: "old@example.se", phone: "070" }, parsed)).toEqual([
      "email",
      "phone",
    ]);
    const bad = contactRectificationSchema.safeParse({ name: "", email: "x", phone: "abc" });
    expect(bad.success ? [] : bad.error.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["name", "required"],
      ["email", "email"],
      ["phone", "phone"],
    ]);
  });
});

describe("the audit trail", () => {
  it("keeps personal values of applicants and partners out, but says which fields changed", () => {
    expect(
      withoutPersonalValues("party", {
        contactEmail: { from: "a@example.se", to: "b@example.se" },
        contactName: { from: null, to: "Bo" },
        side: { to: "CIVIL_SOCIETY" },
      }),
    ).toEqual({
      contactEmail: { from: PERSONAL_VALUE, to: PERSONAL_VALUE },
      contactName: { from: null, to: PERSONAL_VALUE },
      side: { to: "CIVIL_SOCIETY" },
    });
    // Staff accounts are the administrators' to keep: their changes stay readable.
    const staff = { email: { from: "a@lotsen.example", to: "b@lotsen.example" } };
    expect(withoutPersonalValues("staff_user", staff)).toEqual(staff);
  });
});
