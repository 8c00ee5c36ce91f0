import { describe, expect, it } from "vitest";
import type { BudgetLine } from "@/lib/domain/budget";
import {
  actualsFingerprint,
  addMonthsToDate,
  checkPlan,
  checkSurplus,
  claimOutstanding,
  claimState,
  coveredFraction,
  deviationFlag,
  kronorText,
  overdueInstalments,
  parseKronor,
  partyBudget,
  partyYearMoney,
  payableBudget,
  significantDeviations,
  splitEvenly,
  type LineWithId,
} from "@/lib/domain/money";
import { readPaymentForm, readPlanForm } from "@/lib/domain/money-commands";

// The agreement template's budget (tkr as printed): the municipality 500 + 5 + 25; the association's lines.
const KOMMUN = "kommun";
const FORENING = "forening";
const line = (
  id: string,
  partyId: string,
  kind: BudgetLine["kind"],
  sek: number,
  year = 2026,
): LineWithId => ({
  id,
  partyId,
  year,
  kind,
  description: id,
  quantity: 1,
  unit: "st",
  unitPriceSek: sek,
});
const seed003: LineWithId[] = [
  line("stod", KOMMUN, "MONEY", 500_000),
  line("styrgrupp", KOMMUN, "STAFF_TIME", 5_000),
  line("handledning", KOMMUN, "STAFF_TIME", 25_000),
  line("arbetsledare", FORENING, "STAFF_TIME", 500_000),
  line("personal", FORENING, "STAFF_TIME", 20_000),
  {
    ...line("ideell", FORENING, "VOLUNTEER_TIME", 0),
    factors: [
      { quantity: 44, unit: "v" },
      { quantity: 40, unit: "h" },
    ],
    quantity: 1760,
    unit: "h",
    unitPriceSek: 134,
  },
  { ...line("lokal", FORENING, "PREMISES", 0), quantity: 44, unit: "v", unitPriceSek: 3750 },
  line("material", FORENING, "MATERIAL", 45_000),
  line("resor", FORENING, "TRAVEL", 25_000),
];
const tkr = (n: number) => BigInt(n) * 100_000n;

describe("amounts typed by people", () => {
  it("reads kronor exactly into öre", () => {
    expect(parseKronor("125 000,50")).toBe(12_500_050n);
    expect(parseKronor("125000.5")).toBe(12_500_050n);
    expect(parseKronor("1\u00a0234 kr")).toBe(123_400n);
    expect(parseKronor("0")).toBeNull();
    expect(parseKronor("-5")).toBeNull();
    expect(parseKronor("1,234")).toBeNull();
    expect(parseKronor("abc")).toBeNull();
    expect(kronorText(12_500_050n, "sv")).toBe("125000,50");
    expect(kronorText(12_500_000n, "en")).toBe("125000");
  });
});

describe("payment plan", () => {
  it("pays out the municipality's money line of the agreement template, not its staff time", () => {
    expect(payableBudget(seed003, KOMMUN, 2026)).toBe(tkr(500));
    expect(partyBudget(seed003, KOMMUN, 2026)).toBe(tkr(530));
    expect(payableBudget(seed003, FORENING, 2026)).toBe(0n);
    // The association's lines add up to 990 840 kr, not the printed 995 tkr.
    expect(partyBudget(seed003, FORENING, 2026)).toBe(99_084_000n);
  });

  it("splits evenly with the remainder öre on the last instalment", () => {
    expect(splitEvenly(tkr(500), 4)).toEqual([tkr(125), tkr(125), tkr(125), tkr(125)]);
    expect(splitEvenly(100n, 3)).toEqual([33n, 33n, 34n]);
    const parts = splitEvenly(99_084_001n, 12);
    expect(parts.reduce((a, b) => a + b, 0n)).toBe(99_084_001n);
    expect(parts[11]! - parts[0]!).toBe(99_084_001n % 12n);
    expect(() => splitEvenly(100n, 0)).toThrow();
    expect(() => splitEvenly(0n, 2)).toThrow();
  });

  it("accepts only a plan that sums exactly to the budget", () => {
    expect(checkPlan(splitEvenly(tkr(500), 4), tkr(500))).toEqual({ ok: true, planned: tkr(500) });
    expect(checkPlan([tkr(250), tkr(249)], tkr(500))).toMatchObject({
      ok: false,
      code: "mismatch",
      planned: tkr(499),
    });
    expect(checkPlan([tkr(250), tkr(250), 1n], tkr(500))).toMatchObject({ ok: false, code: "mismatch" });
    expect(checkPlan([], tkr(500))).toMatchObject({ ok: false, code: "empty" });
    expect(checkPlan([1n], 0n)).toMatchObject({ ok: false, code: "noBudget" });
    expect(checkPlan(Array(25).fill(1n), 25n)).toMatchObject({ ok: false, code: "tooMany" });
  });

  it("spaces due dates by months, keeping the day where the month has it", () => {
    expect(addMonthsToDate("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonthsToDate("2026-11-15", 3)).toBe("2027-02-15");
    expect(addMonthsToDate("2026-03-01", 0)).toBe("2026-03-01");
  });

  it("reads the plan form, skipping empty rows and naming bad fields", () => {
    const values: Record<string, string> = {
      "due-0": "2026-03-01",
      "amount-0": "250 000",
      "due-2": "2026-99-01",
      "amount-2": "x",
    };
    const read = readPlanForm((n) => values[n] ?? "", { partnershipId: "p", partyId: "q", year: 2026 });
    expect(read).toEqual({ ok: false, errors: { "due-2": "date", "amount-2": "amount" } });
    values["due-2"] = "2026-09-01";
    values["amount-2"] = "250000";
    const ok = readPlanForm((n) => values[n] ?? "", { partnershipId: "p", partyId: "q", year: 2026 });
    expect(ok.ok && ok.command.instalments.map((i) => i.amountOre)).toEqual([tkr(250), tkr(250)]);
  });

  it("refuses a payment against an instalment not on the page", () => {
    const id = "11111111-1111-4111-8111-111111111111";
    const values: Record<string, string> = {
      partyYear: `${id}|2026`,
      paidOn: "2026-03-01",
      amount: "125000",
      reference: "F-1",
      instalmentId: "other",
    };
    expect(readPaymentForm((n) => values[n] ?? "", "p", [])).toEqual({
      ok: false,
      errors: { instalmentId: "choose" },
    });
  });
});

describe("paid, spent and remaining", () => {
  const instalments = splitEvenly(tkr(500), 4).map((amountOre, i) => ({
    id: `i${i}`,
    partyId: KOMMUN,
    year: 2026,
    dueDate: addMonthsToDate("2026-01-15", i * 3),
    amountOre,
  }));
  const payments = [
    { partyId: KOMMUN, year: 2026, amountOre: tkr(125), instalmentId: "i0" },
    { partyId: KOMMUN, year: 2026, amountOre: tkr(100), instalmentId: "i1" },
  ];
  const actuals = [
    { budgetLineId: "stod", amountOre: tkr(200), spentOn: "2026-06-30" },
    { budgetLineId: "material", amountOre: tkr(30), spentOn: "2026-06-30" },
  ];

  it("sums per party and year", () => {
    const kommun = partyYearMoney({
      lines: seed003,
      partyId: KOMMUN,
      year: 2026,
      instalments,
      payments,
      actuals,
      surplus: [],
    });
    expect(kommun).toMatchObject({
      budget: tkr(530),
      payable: tkr(500),
      planned: tkr(500),
      paid: tkr(225),
      spent: tkr(200),
      remaining: tkr(330),
    });
    const forening = partyYearMoney({
      lines: seed003,
      partyId: FORENING,
      year: 2026,
      instalments,
      payments,
      actuals,
      surplus: [],
    });
    expect(forening.spent).toBe(tkr(30));
    expect(forening.remaining).toBe(99_084_000n - tkr(30));
  });

  it("shows an instalment overdue while payments against it fall short", () => {
    expect(overdueInstalments(instalments, payments, "2026-05-01").map((i) => i.id)).toEqual(["i1"]);
    expect(overdueInstalments(instalments, payments, "2026-01-15")).toEqual([]);
    expect(overdueInstalments(instalments, payments, "2026-12-31").map((i) => i.id)).toEqual([
      "i1",
      "i2",
      "i3",
    ]);
  });

  it("carries a surplus into the next year's money and out of the year it came from", () => {
    const lines = [...seed003, line("stod27", KOMMUN, "MONEY", 500_000, 2027)];
    const surplus = [{ partyId: KOMMUN, fromYear: 2026, amountOre: tkr(30) }];
    const y26 = partyYearMoney({
      lines,
      partyId: KOMMUN,
      year: 2026,
      instalments: [],
      payments: [],
      actuals,
      surplus,
    });
    const y27 = partyYearMoney({
      lines,
      partyId: KOMMUN,
      year: 2027,
      instalments: [],
      payments: [],
      actuals,
      surplus,
    });
    expect(y26.carriedOut).toBe(tkr(30));
    expect(y26.remaining).toBe(tkr(530 - 200 - 30));
    expect(y27.carriedIn).toBe(tkr(30));
    expect(y27.remaining).toBe(tkr(530));
  });

  it("allows a surplus only after the year, and at most what is left", () => {
    const money = partyYearMoney({
      lines: seed003,
      partyId: KOMMUN,
      year: 2026,
      instalments: [],
      payments: [],
      actuals,
      surplus: [],
    });
    expect(checkSurplus(money, tkr(10), "2026-12-31")).toEqual({ ok: false, code: "yearNotEnded" });
    expect(checkSurplus(money, tkr(330), "2027-01-01")).toEqual({ ok: true });
    expect(checkSurplus(money, tkr(330) + 1n, "2027-01-01")).toEqual({ ok: false, code: "moreThanLeft" });
    const spentAll = { ...money, remaining: 0n };
    expect(checkSurplus(spentAll, 1n, "2027-01-01")).toEqual({ ok: false, code: "nothingLeft" });
  });
});

describe("significant deviation", () => {
  const period = { start: "2026-01-01", end: "2027-12-31" };

  it("measures the part of the year the actuals cover", () => {
    expect(coveredFraction(2026, "2026-12-31", period)).toEqual({ num: 365, den: 365 });
    expect(coveredFraction(2026, "2026-06-30", period)).toEqual({ num: 181, den: 365 });
    // An agreement starting in July: the year is its six months.
    expect(coveredFraction(2026, "2026-09-30", { start: "2026-07-01", end: null })).toEqual({
      num: 92,
      den: 184,
    });
    expect(coveredFraction(2025, "2025-06-30", period)).toBeNull();
  });

  it("flags a party and a line beyond the threshold, pro rata", () => {
    // Half the year covered (181/365): the money line's expected spending is 247 945,21 kr.
    const onPlan = [{ budgetLineId: "stod", amountOre: tkr(248), spentOn: "2026-06-30" }];
    expect(
      significantDeviations({ lines: seed003, actuals: onPlan, thresholdPercent: 10, period }).map(
        (d) => d.lineId,
      ),
    ).toEqual([
      // The municipality's staff lines have no actuals yet: −100 % each.
      "styrgrupp",
      "handledning",
    ]);
    const over = [
      { budgetLineId: "stod", amountOre: tkr(400), spentOn: "2026-06-30" },
      { budgetLineId: "styrgrupp", amountOre: 250_000n, spentOn: "2026-06-30" },
      { budgetLineId: "handledning", amountOre: 1_250_000n, spentOn: "2026-06-30" },
    ];
    const found = significantDeviations({ lines: seed003, actuals: over, thresholdPercent: 10, period });
    expect(found.map((d) => [d.scope, d.lineId])).toEqual([
      ["party", null],
      ["line", "stod"],
    ]);
    expect(found[1]!.permille).toBe(613); // 400 / 247.945 − 1 = +61.3 %
    expect(significantDeviations({ lines: seed003, actuals: over, thresholdPercent: 70, period })).toEqual(
      [],
    );
  });

  it("does not assess a year without actuals, and flags spending on a line with no budget", () => {
    expect(significantDeviations({ lines: seed003, actuals: [], thresholdPercent: 10, period })).toEqual([]);
    const zero = [line("noll", KOMMUN, "OTHER", 0)];
    const found = significantDeviations({
      lines: zero,
      actuals: [{ budgetLineId: "noll", amountOre: 100n, spentOn: "2026-12-31" }],
      thresholdPercent: 10,
      period,
    });
    expect(found.map((d) => [d.scope, d.permille])).toEqual([
      ["party", null],
      ["line", null],
    ]);
  });

  it("clears the flag with a dialogue until the numbers move again", () => {
    const a = [{ budgetLineId: "stod", amountOre: tkr(400), spentOn: "2026-06-30" }];
    const deviations = significantDeviations({ lines: seed003, actuals: a, thresholdPercent: 10, period });
    const held = actualsFingerprint(a);
    expect(deviationFlag(deviations, held, null)).toBe(true);
    expect(deviationFlag(deviations, held, held)).toBe(false);
    const moved = actualsFingerprint([...a, { budgetLineId: "stod", amountOre: 1n, spentOn: "2026-07-31" }]);
    expect(moved).not.toBe(held);
    expect(deviationFlag(deviations, moved, held)).toBe(true);
    expect(deviationFlag([], moved, null)).toBe(false);
    // Order does not matter, only the sums per line.
    const b = [
      { budgetLineId: "x", amountOre: 1n, spentOn: "2026-01-01" },
      { budgetLineId: "y", amountOre: 2n, spentOn: "2026-01-01" },
    ];
    expect(actualsFingerprint(b)).toBe(actualsFingerprint([...b].reverse()));
  });
});

describe("repayment claims", () => {
  it("tracks what is still owed", () => {
    const claim = { amountOre: tkr(50), dueDate: "2026-06-30", paidAmountOre: null };
    expect(claimOutstanding(claim)).toBe(tkr(50));
    expect(claimState(claim, "2026-06-30")).toBe("open");
    expect(claimState(claim, "2026-07-01")).toBe("overdue");
    const part = { ...claim, paidAmountOre: tkr(20) };
    expect(claimOutstanding(part)).toBe(tkr(30));
    expect(claimState(part, "2026-07-01")).toBe("overdue");
    const paid = { ...claim, paidAmountOre: tkr(50) };
    expect(claimOutstanding(paid)).toBe(0n);
    expect(claimState(paid, "2026-07-01")).toBe("paid");
  });
});
