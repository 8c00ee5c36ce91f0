import { describe, expect, it } from "vitest";
import { checkOrgNumber, luhnCheckDigit } from "@/lib/domain/org-number";

describe("organisation number", () => {
  it("accepts a valid number with or without the dash and normalises it", () => {
    expect(checkOrgNumber("802412-3450")).toEqual({ ok: true, value: "802412-3450" });
    expect(checkOrgNumber(" 8024123450 ")).toEqual({ ok: true, value: "802412-3450" });
  });

  it("computes the Luhn check digit", () => {
    expect(luhnCheckDigit("802412345")).toBe(0);
    expect(luhnCheckDigit("556036079")).toBe(3); // a well-known company number, 556036-0793
  });

  it("refuses a wrong check digit", () => {
    expect(checkOrgNumber("802412-3451")).toEqual({ ok: false, problem: "checkDigit" });
  });

  it("refuses a personal identity number (third digit below 2)", () => {
    expect(checkOrgNumber("801212-3455")).toEqual({ ok: false, problem: "notLegalEntity" });
  });

  it.each(["", "80241-23450", "802412-345", "abcdef-ghij", "802412_3450"])(
    "refuses the format %j",
    (input) => {
      expect(checkOrgNumber(input)).toEqual({ ok: false, problem: "format" });
    },
  );
});
