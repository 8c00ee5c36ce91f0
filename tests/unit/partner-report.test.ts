import { describe, expect, it } from "vitest";
import {
  parseCount,
  parseKronor,
  parsePartnerReport,
  partnerLinkExpiry,
  quarterForDueDate,
  readPeriod,
  reviewSchema,
} from "@/lib/domain/partner-report";
import { typedWrong } from "../support/typed-wrong";

const GOAL = "6f1c2b1e-8a51-4b5e-9d3a-0c6f1e2a3b4c";
const LINE = "0d9e8f7a-6b5c-4d3e-8f1a-2b3c4d5e6f70";
const FOLLOW_UP = "11111111-2222-4333-8444-555555555555";
const allowed = { periods: [`followUp:${FOLLOW_UP}`, "quarter:2026-Q1"], goalIds: [GOAL], lineIds: [LINE] };
const input = {
  period: "quarter:2026-Q1",
  activities: "Läxhjälp",
  participants: "12",
  volunteerHours: "1 200",
  goals: [{ goalId: GOAL, value: "63,5 %" }],
  costs: [{ budgetLineId: LINE, amount: "235 840 kr" }],
};
// The same fields typed wrong, each beside the message it earns.
const wrong = typedWrong({
  period: ["quarter:2025-Q4", "periodInvalid"],
  activities: [" ", "activitiesRequired"],
  participants: ["", "participantsRequired"],
  volunteerHours: ["many", "count"],
});

describe("the partner report form", () => {
  it("parses kronor to whole öre, exactly", () => {
    expect(parseKronor("235 840")).toBe(23_584_000);
    expect(parseKronor("134,50")).toBe(13_450);
    expect(parseKronor("0.3")).toBe(30);
    expect(parseKronor("1 234 kr")).toBe(123_400);
    expect(parseKronor("")).toBeNull();
    expect(parseKronor("12,345")).toBeNaN();
    expect(parseKronor("-5")).toBeNaN();
    expect(parseKronor("tio")).toBeNaN();
  });

  it("parses counts as whole numbers", () => {
    expect(parseCount("1 760")).toBe(1760);
    expect(parseCount("")).toBeNull();
    expect(parseCount("2,5")).toBeNaN();
  });

  it("accepts a complete report and drops empty optional values", () => {
    const parsed = parsePartnerReport({ ...input, goals: [{ goalId: GOAL, value: "" }] }, allowed);
    expect(parsed).toEqual({
      ok: true,
      report: {
        period: { quarter: "2026-Q1" },
        activities: "Läxhjälp",
        participants: 12,
        volunteerHours: 1200,
        goalValues: [],
        costs: [{ budgetLineId: LINE, amountOre: 23_584_000 }],
      },
    });
    const withGoal = parsePartnerReport({ ...input, period: `followUp:${FOLLOW_UP}` }, allowed);
    expect(withGoal.ok && withGoal.report).toMatchObject({
      period: { followUpId: FOLLOW_UP },
      goalValues: [{ goalId: GOAL, value: 63.5 }],
    });
  });

  it("names every bad field by its id", () => {
    const parsed = parsePartnerReport(
      {
        ...input,
        ...wrong.typed,
        goals: [{ goalId: GOAL, value: "lots" }],
        costs: [{ budgetLineId: LINE, amount: "12,345" }],
      },
      allowed,
    );
    expect(parsed).toEqual({
      ok: false,
      errors: {
        ...wrong.errors,
        [`goal-${GOAL}`]: "valueInvalid",
        [`cost-${LINE}`]: "amountInvalid",
      },
    });
    expect(parsePartnerReport({ ...input, period: "" }, allowed)).toMatchObject({
      errors: { period: "periodRequired" },
    });
    expect(
      parsePartnerReport({ ...input, costs: [{ budgetLineId: LINE, amount: "30 000 000" }] }, allowed),
    ).toMatchObject({
      errors: { [`cost-${LINE}`]: "amountTooLarge" },
    });
  });

  it("reads periods and the quarter a report covers", () => {
    expect(readPeriod("quarter:2026-Q3")).toEqual({ quarter: "2026-Q3" });
    expect(readPeriod("quarter:2026-Q5")).toBeNull();
    expect(readPeriod("followUp:nope")).toBeNull();
    expect(quarterForDueDate("2026-10-01")).toBe("2026-Q3");
    expect(quarterForDueDate("2026-01-01")).toBe("2025-Q4");
    expect(quarterForDueDate("2026-05-15")).toBe("2026-Q2");
  });

  it("returns need a comment; accepting does not", () => {
    expect(reviewSchema.safeParse({ decision: "accept", reportId: GOAL }).success).toBe(true);
    const noComment = reviewSchema.safeParse({ decision: "return", reportId: GOAL, comment: " " });
    expect(noComment.success ? null : noComment.error.issues[0]?.message).toBe("commentRequired");
  });

  it("ends a link the status-link days after the agreement's last day", () => {
    const now = new Date("2026-03-01T00:00:00Z");
    expect(
      partnerLinkExpiry({ endDate: new Date("2026-12-31T00:00:00Z"), endYear: null }, 90, now).toISOString(),
    ).toBe("2027-04-01T00:00:00.000Z");
    expect(partnerLinkExpiry({ endDate: null, endYear: 2027 }, 0, now).toISOString()).toBe(
      "2028-01-01T00:00:00.000Z",
    );
    expect(partnerLinkExpiry({ endDate: null, endYear: null }, 0, now).toISOString()).toBe(
      "2027-03-01T00:00:00.000Z",
    );
  });
});
