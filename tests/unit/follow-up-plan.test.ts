import { describe, expect, it } from "vitest";
import { addMonths, followUpDates, MAX_FOLLOW_UP_DATES, readFollowUpPlan } from "@/lib/domain/follow-up-plan";

describe("follow-up plan", () => {
  it("adds calendar months, clamping to the month's last day", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonths("2026-11-15", 3)).toBe("2027-02-15");
    expect(addMonths("2026-03-31", 12)).toBe("2027-03-31");
  });

  it("gives monthly talks and quarterly reports over a year (the agreement template's plan)", () => {
    const dates = followUpDates(readFollowUpPlan({}), "2026-01-01", "2026-12-31");
    expect(dates).toHaveLength(11);
    expect(dates.filter((d) => d.kind === "REPORT").map((d) => d.dueDate)).toEqual([
      "2026-04-01",
      "2026-07-01",
      "2026-10-01",
    ]);
    expect(dates[0]).toEqual({ dueDate: "2026-02-01", kind: "TALK" });
  });

  it("counts from the start so that end-of-month dates don't drift", () => {
    const dates = followUpDates(
      { talkEveryMonths: 1, reportEveryMonths: null, description: "" },
      "2026-01-31",
      "2026-05-31",
    );
    expect(dates.map((d) => d.dueDate)).toEqual(["2026-02-28", "2026-03-31", "2026-04-30", "2026-05-31"]);
  });

  it("gives nothing without a cadence, and reads unusable stored plans as the default", () => {
    expect(
      followUpDates(
        { talkEveryMonths: null, reportEveryMonths: null, description: "" },
        "2026-01-01",
        "2027-01-01",
      ),
    ).toEqual([]);
    expect(readFollowUpPlan({ talkEveryMonths: "often" })).toEqual({
      talkEveryMonths: 1,
      reportEveryMonths: 3,
      description: "",
    });
  });

  it("stops after MAX_FOLLOW_UP_DATES dates, whatever the period", () => {
    const dates = followUpDates(
      { talkEveryMonths: 1, reportEveryMonths: 3, description: "" },
      "2000-01-01",
      "9999-12-31",
    );
    expect(dates).toHaveLength(MAX_FOLLOW_UP_DATES);
    expect(dates[0]).toEqual({ dueDate: "2000-02-01", kind: "TALK" });
    expect(dates.at(-1)!.dueDate < "2084-01-01").toBe(true);
  });
});
