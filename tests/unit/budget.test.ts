import { describe, expect, it } from "vitest";
import {
  budgetLineSchema,
  computeBudget,
  formatCalculation,
  formatSek,
  formatTkr,
  largestRemainder,
  lineTotal,
  validateBudgetLines,
  type BudgetLine,
} from "@/lib/domain/budget";

const NBSP = "\u00a0";
const parties = [
  { id: "timra", name: "Timrå kommun" },
  { id: "soraker", name: "Söråkers Folkets Husförening" },
];

const tkr = (partyId: string, kind: BudgetLine["kind"], description: string, amount: number): BudgetLine => ({
  partyId,
  year: 2018,
  kind,
  description,
  quantity: amount,
  unit: "tkr",
  unitPriceSek: 1000,
});

// The agreement template's budget (docs/domain.md), entered as lines, not as the printed totals.
const volunteerTime: BudgetLine = {
  partyId: "soraker",
  year: 2018,
  kind: "VOLUNTEER_TIME",
  description: "Ideell insats, volontärer",
  quantity: 1760,
  unit: "h",
  unitPriceSek: 134,
  factors: [
    { quantity: 44, unit: "v" },
    { quantity: 40, unit: "h" },
  ],
};
const premises: BudgetLine = {
  partyId: "soraker",
  year: 2018,
  kind: "PREMISES",
  description: "Lokaler",
  quantity: 44,
  unit: "v",
  unitPriceSek: 3750,
};
const seed003: BudgetLine[] = [
  tkr("timra", "MONEY", "Verksamhetsstöd", 500),
  tkr("timra", "OTHER", "Styrgruppskostnader", 5),
  tkr("timra", "STAFF_TIME", "Handledning mm för personal", 25),
  tkr("soraker", "STAFF_TIME", "Arbetsledare inkl soc avg", 500),
  tkr("soraker", "STAFF_TIME", "Personalinsats ord pers 3 st 196 tkr 10%", 20),
  volunteerTime,
  premises,
  tkr("soraker", "MATERIAL", "Material, utrustn, projektskap", 45),
  tkr("soraker", "TRAVEL", "Resor, studiebesök med deltagare", 25),
];

describe("budget of the agreement template", () => {
  const result = computeBudget(seed003, parties);
  const [municipality, association] = result.overall.parties;

  it("computes volunteer time from 44 weeks × 40 h (1 760 h, not the printed 176 h) × 134 kr", () => {
    expect(lineTotal(volunteerTime)).toBe(23_584_000n); // 235 840 kr
    expect(lineTotal({ ...volunteerTime, factors: undefined })).toBe(23_584_000n);
    expect(lineTotal({ quantity: 176, unitPriceSek: 134 })).toBe(2_358_400n); // what the print says: 23 584 kr
    expect(formatCalculation(volunteerTime, "sv")).toBe(
      `44${NBSP}v × 40${NBSP}h × 134${NBSP}kr = 235${NBSP}840${NBSP}kr`,
    );
  });

  it("computes premises as 44 weeks × 3 750 kr = 165 000 kr", () => {
    expect(lineTotal(premises)).toBe(16_500_000n);
  });

  it("adds up the association to 990 840 kr, not the printed 995 tkr", () => {
    expect(association?.total).toBe(99_084_000n);
    expect(formatTkr(association?.total ?? 0n, "sv")).toBe(`990,8${NBSP}tkr`);
    expect(formatTkr(association?.total ?? 0n, "en")).toBe(`990.8${NBSP}kSEK`);
    expect(association?.total).not.toBe(99_500_000n);
  });

  it("adds up the municipality to 530 000 kr and the whole to 1 520 840 kr", () => {
    expect(municipality?.total).toBe(53_000_000n);
    expect(result.overall.grandTotal).toBe(152_084_000n);
    expect(formatTkr(result.overall.grandTotal, "sv")).toBe(`1${NBSP}520,8${NBSP}tkr`);
    expect(formatTkr(result.overall.grandTotal, "en")).toBe(`1,520.8${NBSP}kSEK`);
  });

  it("gives exact shares and percentages that sum to 100.0", () => {
    // 530 000 / 1 520 840 = 13 250 / 38 021; 990 840 / 1 520 840 = 24 771 / 38 021
    expect(municipality?.share).toMatchObject({
      numerator: 13_250n,
      denominator: 38_021n,
      permille: 348,
      percent: 34.8,
    });
    expect(association?.share).toMatchObject({
      numerator: 24_771n,
      denominator: 38_021n,
      permille: 652,
      percent: 65.2,
    });
    const permilles = result.overall.parties.map((p) => p.share?.permille ?? 0);
    expect(permilles.reduce((a, b) => a + b, 0)).toBe(1000);
  });

  it("totals per kind and per year", () => {
    expect(result.overall.byKind).toEqual({
      MONEY: 50_000_000n,
      STAFF_TIME: 54_500_000n,
      VOLUNTEER_TIME: 23_584_000n,
      PREMISES: 16_500_000n,
      MATERIAL: 4_500_000n,
      TRAVEL: 2_500_000n,
      OTHER: 500_000n,
    });
    expect(association?.byKind.STAFF_TIME).toBe(52_000_000n);
    expect(result.years).toHaveLength(1);
    expect(result.years[0]?.year).toBe(2018);
    expect(result.years[0]?.grandTotal).toBe(result.overall.grandTotal);
    expect(result.unknownPartyIds).toEqual([]);
  });

  it("accepts the seed lines as valid input", () => {
    expect(validateBudgetLines(seed003)).toEqual({ ok: true, lines: seed003 });
  });
});

describe("budget edge cases", () => {
  it("handles an empty budget", () => {
    const result = computeBudget([], parties);
    expect(result.overall.grandTotal).toBe(0n);
    expect(result.years).toEqual([]);
    expect(result.overall.parties.map((p) => [p.total, p.share])).toEqual([
      [0n, null],
      [0n, null],
    ]);
    expect(computeBudget([], []).overall.parties).toEqual([]);
  });

  it("keeps a party with no lines at 0 with a 0 share", () => {
    const result = computeBudget([tkr("timra", "MONEY", "Stöd", 100)], [...parties, { id: "x", name: "X" }]);
    expect(result.overall.parties.map((p) => [p.partyId, p.total, p.share?.permille])).toEqual([
      ["timra", 10_000_000n, 1000],
      ["soraker", 0n, 0],
      ["x", 0n, 0],
    ]);
  });

  it("splits per year and counts lines of an unknown party", () => {
    const lines = [tkr("timra", "MONEY", "Stöd", 100), { ...tkr("ghost", "MONEY", "Stöd", 50), year: 2019 }];
    const result = computeBudget(lines, parties);
    expect(result.unknownPartyIds).toEqual(["ghost"]);
    expect(result.years.map((y) => [y.year, y.grandTotal])).toEqual([
      [2018, 10_000_000n],
      [2019, 5_000_000n],
    ]);
    expect(result.years[1]?.parties.find((p) => p.partyId === "ghost")?.share?.permille).toBe(1000);
  });

  it("adds 0.1 kr + 0.2 kr to exactly 0.30 kr", () => {
    const line = (price: number): BudgetLine => ({
      ...premises,
      quantity: 1,
      unit: "st",
      unitPriceSek: price,
    });
    const result = computeBudget([line(0.1), line(0.2)], parties);
    expect(result.overall.grandTotal).toBe(30n);
    expect(formatSek(result.overall.grandTotal, "sv")).toBe(`0,30${NBSP}kr`);
    expect(lineTotal({ quantity: 0.29, unitPriceSek: 100 })).toBe(2900n); // 0.29 * 100 is 28.999… in floats
    expect(lineTotal({ quantity: 1.5, unitPriceSek: 0.01 })).toBe(2n); // 1,5 öre rounds half up
    expect(lineTotal({ quantity: 0.33, unitPriceSek: 0.01 })).toBe(0n);
  });

  it("rounds shares by the largest remainder so they sum to 100.0", () => {
    // three equal parties: 333 + 333 + 334 would need a tie-break; the first in the list gets it
    const three = [
      { id: "a", name: "A" },
      { id: "b", name: "B" },
      { id: "c", name: "C" },
    ];
    const lines = three.map((p) => tkr(p.id, "MONEY", "Stöd", 1));
    const shares = computeBudget(lines, three).overall.parties.map((p) => p.share?.percent);
    expect(shares).toEqual([33.4, 33.3, 33.3]);
    // 2/3 = 66.666… and 1/3 = 33.333…: the larger remainder gets the extra tenth
    expect(largestRemainder([2n, 1n], 1000)).toEqual([667, 333]);
    // naive rounding of 1/6, 1/6, 4/6 gives 16.7 + 16.7 + 66.7 = 100.1
    expect(largestRemainder([1n, 1n, 4n], 1000)).toEqual([167, 167, 666]);
    expect(largestRemainder([0n, 0n], 1000)).toBeNull();
  });

  it("formats tkr with one decimal, rounding half away from zero", () => {
    expect(formatTkr(23_584_000n, "sv")).toBe(`235,8${NBSP}tkr`);
    expect(formatTkr(5_000n, "sv")).toBe(`0,1${NBSP}tkr`); // 50 kr
    expect(formatTkr(4_999, "sv")).toBe(`0,0${NBSP}tkr`);
    expect(formatTkr(0n, "en")).toBe(`0.0${NBSP}kSEK`);
    expect(formatTkr(123_456_789_000n, "sv")).toBe(`1${NBSP}234${NBSP}567,9${NBSP}tkr`);
  });
});

describe("budget line validation", () => {
  const valid = budgetLineSchema.safeParse(volunteerTime);

  it("accepts a valid line", () => {
    expect(valid.success).toBe(true);
  });

  it("returns errors, never throws", () => {
    const bad = [
      { ...premises, quantity: -1 },
      { ...premises, unitPriceSek: 1.234 },
      { ...premises, description: "x".repeat(201) },
      { ...premises, description: "   " },
      { ...premises, kind: "GIFT" },
      { ...premises, quantity: 1e12 },
      { ...premises, year: 1850 },
      { ...premises, quantity: Number.NaN },
      { ...premises, unitPriceSek: Number.POSITIVE_INFINITY },
      { ...volunteerTime, quantity: 176 }, // the printed mistake: 44 × 40 is not 176
      { ...volunteerTime, factors: [{ quantity: -44, unit: "v" }] },
      { ...premises, quantity: 10_000_000, unitPriceSek: 100_000_000 }, // line total too large
      null,
      "995",
    ];
    for (const input of bad) {
      const result = validateBudgetLines([input]);
      expect(result.ok, JSON.stringify(input)).toBe(false);
      if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
    }
    expect(validateBudgetLines(undefined).ok).toBe(false);
    expect(validateBudgetLines({}).ok).toBe(false);
  });

  it("points at the quantity when it does not match the factors", () => {
    const result = validateBudgetLines([{ ...volunteerTime, quantity: 176 }]);
    expect(result).toEqual({
      ok: false,
      errors: [{ path: "0.quantity", message: "Quantity must equal the product of the factors" }],
    });
  });
});
