import { describe, expect, it } from "vitest";
import { parseFollowUpForm, parseIndicatorNumber, readGoals, readIndicators } from "@/lib/domain/follow-ups";
import { defaultReportQuarter, parseQuarter, quarterRange, quartersBetween } from "@/lib/domain/quarters";

const form = (over: Partial<Parameters<typeof parseFollowUpForm>[0]> = {}) => ({
  followUpId: "",
  heldOn: "2026-09-15",
  participants: "Styrgruppen",
  notes: "",
  indicators: [],
  ...over,
});

describe("follow-up form", () => {
  it("accepts a complete follow-up and reads numbers the Swedish way", () => {
    const r = parseFollowUpForm(
      form({
        indicators: [
          { goalId: "legacy-0", value: "63,5 %", comment: "" },
          { goalId: "legacy-1", value: "1 200", comment: "nya" },
          { goalId: "legacy-2", value: "", comment: "" },
        ],
      }),
      "2026-11-15",
    );
    expect(r).toEqual({
      ok: true,
      record: {
        followUpId: null,
        heldOn: "2026-09-15",
        participants: "Styrgruppen",
        notes: "",
        indicators: [
          { goalId: "legacy-0", value: 63.5 },
          { goalId: "legacy-1", value: 1200, comment: "nya" },
        ],
      },
    });
  });

  it("gives one message per field, keyed by the field's id", () => {
    const r = parseFollowUpForm(
      form({
        followUpId: "nope",
        heldOn: "2026-02-30",
        participants: " ",
        indicators: [{ goalId: "legacy-3", value: "många", comment: "x".repeat(501) }],
      }),
      "2026-11-15",
    );
    expect(r).toEqual({
      ok: false,
      errors: {
        followUpId: "followUpInvalid",
        heldOn: "heldOnInvalid",
        participants: "participantsRequired",
        "value-legacy-3": "valueInvalid",
        "comment-legacy-3": "commentTooLong",
      },
    });
    expect(parseFollowUpForm(form({ heldOn: "2026-11-16" }), "2026-11-15")).toEqual({
      ok: false,
      errors: { heldOn: "heldOnFuture" },
    });
    expect(parseFollowUpForm(form({ heldOn: "" }), "2026-11-15")).toMatchObject({
      errors: { heldOn: "heldOnRequired" },
    });
  });

  it("parses indicator numbers strictly", () => {
    expect(parseIndicatorNumber("")).toBeNull();
    expect(parseIndicatorNumber("50%")).toBe(50);
    expect(parseIndicatorNumber("-2,25")).toBe(-2.25);
    expect(parseIndicatorNumber("1e5")).toBeNaN();
    expect(parseIndicatorNumber("12 deltagare")).toBeNaN();
  });

  it("reads stored goals leniently, each with its id or, stored before ids, its position", () => {
    const id = "6f1c2b1e-8a4d-4c3b-9e2f-1a2b3c4d5e6f";
    expect(readGoals([{ text: "A", indicator: "x", target: "5" }, null, { id, text: "C" }, "junk"])).toEqual([
      { id: "legacy-0", text: "A", indicator: "x", target: "5", result: "" },
      { id, text: "C", indicator: "", target: "", result: "" },
    ]);
    expect(readGoals({})).toEqual([]);
  });

  it("reads indicator values by goal id, and old ones by goal index", () => {
    const id = "6f1c2b1e-8a4d-4c3b-9e2f-1a2b3c4d5e6f";
    expect(
      readIndicators([
        { goalId: id, value: 3 },
        { goalIndex: 1, value: 4, comment: "gammal" },
        { goalId: "nope", value: 5 },
        { goalIndex: -1, value: 6 },
        { goalId: id, value: "7" },
      ]),
    ).toEqual([
      { goalId: id, value: 3 },
      { goalId: "legacy-1", value: 4, comment: "gammal" },
    ]);
  });
});

describe("quarters", () => {
  it("parses, spans and picks the default quarter", () => {
    expect(parseQuarter("2026-Q3")).toEqual({ year: 2026, quarter: 3 });
    expect(parseQuarter("2026-Q5")).toBeNull();
    expect(quarterRange({ year: 2028, quarter: 1 })).toEqual({ from: "2028-01-01", to: "2028-03-31" });
    expect(quarterRange({ year: 2026, quarter: 4 })).toEqual({ from: "2026-10-01", to: "2026-12-31" });
    const qs = quartersBetween("2025-11-15", "2026-08-31");
    expect(qs.map((q) => `${q.year}-Q${q.quarter}`)).toEqual(["2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"]);
    expect(defaultReportQuarter(qs, "2026-07-01")).toEqual({ year: 2026, quarter: 2 });
    expect(defaultReportQuarter(qs, "2025-12-01")).toEqual({ year: 2025, quarter: 4 });
    expect(defaultReportQuarter(qs, "2030-01-01")).toEqual({ year: 2026, quarter: 3 });
    expect(defaultReportQuarter([], "2030-01-01")).toBeNull();
  });
});
