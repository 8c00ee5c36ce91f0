import { describe, expect, it } from "vitest";
import { buildCaseEvent } from "@/lib/domain/case-events";
import { isOptionalStep, STEPS, stepNumber } from "@/lib/domain/steps";

describe("steps", () => {
  it("has the six steps in the municipality's order", () => {
    expect(STEPS.join(" > ")).toBe(
      "RECEIVED > REVIEWED > EXPERTS_CONSULTED > PRESENTED > PROPOSAL > COMMITTEE",
    );
    expect(stepNumber("PRESENTED")).toBe(4);
  });

  it("marks only steps 3 and 6 as optional", () => {
    expect(STEPS.filter(isOptionalStep)).toEqual(["EXPERTS_CONSULTED", "COMMITTEE"]);
  });
});

describe("case events", () => {
  it("accepts a well-formed event", () => {
    const event = buildCaseEvent({
      type: "STEP_SKIPPED",
      data: { step: "EXPERTS_CONSULTED", reason: "Ingen juridisk fråga" },
    });
    expect(event.type).toBe("STEP_SKIPPED");
  });

  it("refuses a skipped step without a reason and an unknown step", () => {
    expect(() => buildCaseEvent({ type: "STEP_SKIPPED", data: { step: "COMMITTEE", reason: "" } })).toThrow();
    expect(() =>
      buildCaseEvent({ type: "STEP_CHANGED", data: { from: "RECEIVED", to: "DONE" as never } }),
    ).toThrow();
  });
});
