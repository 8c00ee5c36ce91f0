import { describe, expect, it } from "vitest";
import { computeBudget, formatTkr } from "@/lib/domain/budget";
import { parseBudgetLineForm, parseDecimal, parseQuantity } from "@/lib/domain/budget-form";
import {
  draftFromRequest,
  parseContent,
  parseFollowUpPlanForm,
  parseGoals,
  parseNewPartnership,
  parseParty,
  parsePeriod,
  parsePublishing,
  parseSteeringGroup,
  readGoals,
} from "@/lib/domain/partnership";
import { typedWrong } from "../support/typed-wrong";

/** The agreement template's volunteer line (docs/domain.md) as typed into the budget line form. */
const volunteerLine = {
  partyId: "p1",
  year: "2018",
  kind: "VOLUNTEER_TIME",
  description: "Ideell insats, volontärer",
  quantity: "44 v × 40 h",
  unit: "",
  unitPriceSek: "134",
};

describe("partnership section forms", () => {
  it("requires a title and refuses unknown themes", () => {
    expect(parseContent({ title: " " })).toEqual({ ok: false, errors: { title: "required" } });
    const bad = parseContent({ title: "IOP", themes: ["INTEGRATION", "NOPE" as never] });
    expect(bad.ok).toBe(false);
    const good = parseContent({ title: "IOP", purpose: " Syfte ", themes: ["INTEGRATION"] });
    expect(good).toMatchObject({
      ok: true,
      data: { title: "IOP", purpose: "Syfte", themes: ["INTEGRATION"] },
    });
  });

  it("checks dates and that the end is not before the start", () => {
    expect(parsePeriod({ startDate: "2018-02-30" })).toMatchObject({
      ok: false,
      errors: { startDate: "date" },
    });
    expect(parsePeriod({ startDate: "2018-12-31", endDate: "2018-01-01" })).toMatchObject({
      ok: false,
      errors: { endDate: "endBeforeStart" },
    });
    expect(
      parsePeriod({ startDate: "2018-01-01", endDate: "2018-12-31", extensionDecisionDate: "2018-11-30" }),
    ).toMatchObject({ ok: true });
  });

  it("keeps the period within 1990–2100 and at most 25 years", () => {
    expect(parsePeriod({ startDate: "2000-01-01", endDate: "9999-12-31" })).toEqual({
      ok: false,
      errors: { endDate: "dateYearRange" },
    });
    expect(parsePeriod({ startDate: "0001-01-01", extensionDecisionDate: "2101-01-01" })).toEqual({
      ok: false,
      errors: { startDate: "dateYearRange", extensionDecisionDate: "dateYearRange" },
    });
    expect(parsePeriod({ startDate: "1990-01-01", endDate: "2015-01-01" })).toMatchObject({
      ok: true,
    });
    expect(parsePeriod({ startDate: "1990-01-01", endDate: "2015-01-02" })).toEqual({
      ok: false,
      errors: { endDate: "periodTooLong" },
    });
    expect(
      parseNewPartnership({
        title: "T",
        civilName: "C",
        publicName: "P",
        startDate: "2026-01-01",
        endDate: "2100-12-31",
      }),
    ).toEqual({ ok: false, errors: { endDate: "periodTooLong" } });
  });

  it("reads goals row by row, drops empty rows and names the failing row's field", () => {
    const ok = parseGoals(
      {
        goalText: ["50 % i arbete", ""],
        goalIndicator: ["Andel i arbete", ""],
        goalTarget: ["50 %", ""],
        goalResult: ["", ""],
      },
      () => "new-id",
    );
    expect(ok).toEqual({
      ok: true,
      data: [
        { id: "new-id", text: "50 % i arbete", indicator: "Andel i arbete", target: "50 %", result: "" },
      ],
    });
    const bad = parseGoals({ goalText: ["A", ""], goalIndicator: ["", "only an indicator"] });
    expect(bad).toEqual({ ok: false, errors: { "goal-1-text": "required" } });
  });

  it("keeps each goal's id when a row above it is cleared, and gives new rows new ids", () => {
    const a = "0b7f6a52-3c1d-4e8f-9a0b-1c2d3e4f5a6b";
    const b = "1c8a7b63-4d2e-4f9a-8b1c-2d3e4f5a6b7c";
    let n = 0;
    const parsed = parseGoals(
      {
        goalId: [a, b, "", b, "javascript:alert(1)"],
        goalText: ["", "Andra målet", "Nytt mål", "Kopia", "Trixat"],
        goalIndicator: ["", "Antal", "", "", ""],
        goalTarget: ["", "", "", "", ""],
        goalResult: ["", "", "", "", ""],
      },
      () => `new-${++n}`,
    );
    expect(parsed.ok && parsed.data.map((g) => `${g.id} ${g.text}`)).toEqual([
      `${b} Andra målet`,
      "new-1 Nytt mål",
      "new-2 Kopia", // an id posted twice belongs to the first row only
      "new-3 Trixat",
    ]);
    // Goals stored before ids existed keep the id named by their position.
    expect(readGoals([{ text: "A" }, { id: a, text: "B" }]).map((g) => g.id)).toEqual(["legacy-0", a]);
  });

  it("validates parties, org numbers and the new-partnership form", () => {
    expect(
      parseParty({ side: "PUBLIC", name: "Timrå kommun", department: "Socialförvaltningen" }),
    ).toMatchObject({ ok: true });
    expect(parseParty({ side: "X" as never, name: "" })).toMatchObject({
      ok: false,
      errors: { side: "required", name: "required" },
    });
    expect(parseParty({ side: "CIVIL_SOCIETY", name: "F", orgNumber: "123" })).toMatchObject({
      ok: false,
      errors: { orgNumber: "orgNumber" },
    });
    expect(parseNewPartnership({ title: "T", civilName: "C", publicName: "" })).toMatchObject({
      ok: false,
      errors: { publicName: "required" },
    });
  });

  it("keeps steering group members per party and months of the follow-up plan", () => {
    expect(
      parseSteeringGroup({ members: { a: "Lars, Ronny", z: "not a party" }, decisionRule: "Enhällighet" }, [
        "a",
        "b",
      ]),
    ).toEqual({
      ok: true,
      data: { members: { a: "Lars, Ronny", b: "" }, decisionRule: "Enhällighet", meetingCadence: "" },
    });
    expect(parseFollowUpPlanForm({ talkEveryMonths: "1", reportEveryMonths: "3" })).toEqual({
      ok: true,
      data: { talkEveryMonths: 1, reportEveryMonths: 3, description: "" },
    });
    expect(parseFollowUpPlanForm({ talkEveryMonths: "0", reportEveryMonths: "" })).toMatchObject({
      ok: false,
      errors: { talkEveryMonths: "months" },
    });
  });

  it("reads the published parts and the publish/unpublish button", () => {
    expect(parsePublishing({ parts: ["content", "budget", "bogus"], op: "publish" })).toEqual({
      ok: true,
      data: { flags: { content: true, goals: false, results: false, budget: true }, publish: true },
    });
  });
});

describe("a partnership drafted from a granted request", () => {
  it("carries the organisation, the municipality and the applicant's own words over", () => {
    const draft = draftFromRequest(
      {
        subject: "Läxhjälp",
        themes: ["YOUTH_EMPLOYMENT", "BOGUS"],
        organisation: { name: "Söråkers Folkets Husförening", orgNumber: "802456-1234" },
        answers: {
          idea: { title: "Unga i Folkets hus", description: "Arbetsträning för unga." },
          activity: { purpose: "Meningsfull sysselsättning" },
          activities: { activities: "Café och biograf" },
          targetGroup: { who: "Ungdomar 14–25 år", needs: "Sysselsättning", how: "Handledning" },
        },
      },
      "Timrå kommun",
    );
    expect(draft.title).toBe("Unga i Folkets hus");
    expect(draft.purpose).toBe("Meningsfull sysselsättning\n\nArbetsträning för unga.");
    expect(draft.targetGroup).toBe("Ungdomar 14–25 år\n\nSysselsättning");
    expect(draft.efforts).toBe("Café och biograf\n\nHandledning");
    expect(draft.overallGoal).toBe("Meningsfull sysselsättning");
    expect(draft.themes).toEqual(["YOUTH_EMPLOYMENT"]);
    expect(draft.parties).toEqual([
      {
        side: "CIVIL_SOCIETY",
        name: "Söråkers Folkets Husförening",
        orgNumber: "802456-1234",
        department: null,
      },
      { side: "PUBLIC", name: "Timrå kommun", orgNumber: null, department: null },
    ]);
  });

  it("falls back to the subject and the answers when the request has little", () => {
    const draft = draftFromRequest(
      { subject: "Ämne", themes: [], organisation: null, answers: { organisation: { name: "Föreningen" } } },
      "Kommunen",
    );
    expect(draft.title).toBe("Ämne");
    expect(draft.parties[0]).toMatchObject({ name: "Föreningen", orgNumber: null });
  });
});

describe("the budget line form", () => {
  it("reads Swedish and English decimals", () => {
    expect(parseDecimal("3 750,50")).toBe(3750.5);
    expect(parseDecimal("134.5")).toBe(134.5);
    expect(parseDecimal("1,234")).toBeNull();
    expect(parseDecimal("-1")).toBeNull();
  });

  it("computes the quantity from factors instead of trusting it (the agreement template in docs/domain.md: 44 v × 40 h = 1 760 h)", () => {
    expect(parseQuantity("44 v × 40 h")).toEqual({
      quantity: 1760,
      factors: [
        { quantity: 44, unit: "v" },
        { quantity: 40, unit: "h" },
      ],
    });
    expect(parseQuantity("12")).toEqual({ quantity: 12 });
    expect(parseQuantity("0,33 × 0,33")).toEqual({ error: "factorsPrecision" });
    expect(parseQuantity("abc")).toEqual({ error: "quantity" });
  });

  it("reads x as a times sign only between numbers or on its own, not inside a unit", () => {
    expect(parseQuantity("10 taxiresor")).toEqual({ quantity: 10, unit: "taxiresor" });
    expect(parseQuantity("5 box")).toEqual({ quantity: 5, unit: "box" });
    const product = {
      quantity: 1760,
      factors: [
        { quantity: 44, unit: "×" },
        { quantity: 40, unit: "×" },
      ],
    };
    expect(parseQuantity("44 x 40")).toEqual(product);
    expect(parseQuantity("44x40")).toEqual(product);
    expect(parseQuantity("44 X 40")).toEqual(product);
    expect(parseQuantity("44*40")).toEqual(product);
    expect(parseQuantity("44 v × 40 h")).toMatchObject({ quantity: 1760 });
    expect(parseQuantity("12 taxiresor x 2")).toEqual({
      quantity: 24,
      factors: [
        { quantity: 12, unit: "taxiresor" },
        { quantity: 2, unit: "×" },
      ],
    });
  });

  it("builds a valid line, and the agreement template's volunteer line comes to 235,8 tkr", () => {
    const parsed = parseBudgetLineForm(volunteerLine, ["p1"]);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.data.unit).toBe("h");
    const budget = computeBudget([parsed.data], [{ id: "p1", name: "Söråker" }]);
    expect(formatTkr(budget.overall.grandTotal, "sv")).toBe("235,8\u00a0tkr");
  });

  it("names every bad field", () => {
    const { typed, errors } = typedWrong({
      partyId: ["x", "chooseParty"],
      year: ["18", "year"],
      quantity: ["many", "quantity"],
      unitPriceSek: ["1,234", "amount"],
      description: ["", "required"],
    });
    const parsed = parseBudgetLineForm({ ...volunteerLine, kind: "MONEY", ...typed }, ["p1"]);
    expect(parsed).toEqual({ ok: false, errors });
  });
});

describe("a single quantity with a unit", () => {
  it("keeps the unit for the line", () => {
    expect(parseQuantity("44 v")).toEqual({ quantity: 44, unit: "v" });
    const parsed = parseBudgetLineForm(
      {
        ...volunteerLine,
        year: "2027",
        kind: "PREMISES",
        description: "Lokaler",
        quantity: "44 v",
        unitPriceSek: "3 750",
      },
      ["p1"],
    );
    expect(parsed).toMatchObject({ ok: true, data: { quantity: 44, unit: "v", unitPriceSek: 3750 } });
  });
});
