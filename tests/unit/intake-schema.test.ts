import { summaryLabel } from "@/lib/domain/intake/field-label";
import { describe, expect, it } from "vitest";
import { findSection, QUESTION_SECTION, SECTIONS } from "@/lib/domain/intake/sections";
import {
  HARD_CAP,
  incompleteSections,
  pickSectionValues,
  sectionStatus,
  validateSection,
  type Answers,
} from "@/lib/domain/intake/schema";
import { typedWrong } from "../support/typed-wrong";

const organisation = findSection("organisation")!;

describe("intake sections", () => {
  it("covers all eleven checklist items", () => {
    const items = SECTIONS.flatMap((s) => s.checklistItems).sort((a, b) => a - b);
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it("accepts a valid organisation and normalises nothing away", () => {
    const values = {
      name: "Hej främling",
      orgNumber: "802412-3450",
      form: "ASSOCIATION",
      website: "https://hej.example",
    };
    expect(validateSection(organisation, values)).toEqual({});
  });

  it("gives one specific error per field", () => {
    const { typed, errors } = typedWrong({
      name: ["", { key: "required" }],
      orgNumber: ["802412-3451", { key: "orgNumber.checkDigit" }],
      form: ["CLUB", { key: "invalidOption" }],
      website: ["hej", { key: "url" }],
    });
    expect(validateSection(organisation, typed)).toEqual(errors);
  });

  it("reports a too long answer with its limit", () => {
    const errors = validateSection(findSection("idea")!, { title: "x".repeat(151), description: "ok" });
    expect(errors).toEqual({ title: { key: "tooLong", max: 150 } });
  });

  it("requires at least one of the collaboration sub-points", () => {
    const section = findSection("collaboration")!;
    expect(validateSection(section, { competence: "", cofunding: " ", arenas: "" })).toEqual({
      competence: { key: "atLeastOne" },
    });
    expect(validateSection(section, { competence: "", cofunding: "50 000 kr", arenas: "" })).toEqual({});
  });

  it("requires a theme from the list", () => {
    const section = findSection("themes")!;
    expect(validateSection(section, { themes: [] })).toEqual({ themes: { key: "chooseOne" } });
    expect(validateSection(section, { themes: ["INTEGRATION", "HACKING"] })).toEqual({
      themes: { key: "invalidOption" },
    });
  });

  it("validates the question form's email", () => {
    expect(
      validateSection(QUESTION_SECTION, { name: "A", email: "a@", organisation: "", question: "?" }),
    ).toEqual({
      email: { key: "email" },
    });
  });

  it("keeps only the section's fields and caps what is kept", () => {
    const input: Record<string, string> = { name: "x".repeat(HARD_CAP + 10), evil: "drop me" };
    const values = pickSectionValues(organisation, (n) => input[n]);
    expect(Object.keys(values).sort()).toEqual(["form", "name", "orgNumber", "website"]);
    expect((values.name as string).length).toBe(HARD_CAP);
  });

  it("removes NUL characters, which PostgreSQL text cannot hold", () => {
    const values = pickSectionValues(organisation, (n) => (n === "name" ? "Före\u0000ningen" : ""));
    expect(values.name).toBe("Föreningen");
  });

  it("tracks section status and what stops sending", () => {
    const answers: Answers = { organisation: { name: "A", orgNumber: "", form: "", website: "" } };
    expect(sectionStatus(organisation, answers)).toBe("inProgress");
    expect(sectionStatus(findSection("contact")!, answers)).toBe("notStarted");
    const blocking = incompleteSections(answers).map((s) => s.id);
    expect(blocking).toContain("organisation");
    expect(blocking).not.toContain("partners"); // optional
    expect(blocking).not.toContain("other");
  });
});

describe("labels read back in summaries", () => {
  it("drop the form's optional marker, in both languages, and nothing else", () => {
    expect(summaryLabel("Webbplats (frivilligt)")).toBe("Webbplats");
    expect(summaryLabel("Phone number (optional)")).toBe("Phone number");
    expect(summaryLabel("Budget (i kronor)")).toBe("Budget (i kronor)");
  });
});
