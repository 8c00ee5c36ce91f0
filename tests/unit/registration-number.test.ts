import { describe, expect, it } from "vitest";
import { formatRegistrationNumber, parseRegistrationNumber } from "@/lib/domain/registration-number";

describe("registration number", () => {
  it("pads the sequence to four digits", () => {
    expect(formatRegistrationNumber("KS", 2026, 42)).toBe("KS 2026/0042");
    expect(formatRegistrationNumber("KS", 2026, 12345)).toBe("KS 2026/12345");
  });

  it("parses what it formats", () => {
    expect(parseRegistrationNumber("KS 2026/0042")).toEqual({ prefix: "KS", year: 2026, sequence: 42 });
    expect(parseRegistrationNumber("Dnr KS 2026/0001")).toEqual({
      prefix: "Dnr KS",
      year: 2026,
      sequence: 1,
    });
    expect(parseRegistrationNumber("KS-2026-42")).toBeNull();
  });
});
