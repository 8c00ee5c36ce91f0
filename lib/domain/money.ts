// The money of an IOP partnership: payment plans, payments, actual costs, the significant-deviation
// check, repayment claims (återkrav) and surplus carried to the next year. Pure and exact: every
// amount is bigint öre, every sum is computed here and never stored or typed.
//
// Choices (docs/domain.md, "The money of a partnership"):
// - What is paid out is a party's money contribution: its MONEY budget lines for the year (in the
//   agreement template the municipality's "verksamhetsstöd", 500 tkr; its steering-group and supervision lines are
//   its own staff time and are never paid to anyone). A payment plan for a party and year must sum
//   exactly to that amount.
// - Spent is the sum of the actual costs recorded against a party's budget lines; remaining is the
//   party's budget for the year plus surplus carried into it, minus spent, minus surplus carried out.
// - The deviation check compares spending with the budget pro rata for the part of the year the
//   recorded actuals cover (from the year's start, or the agreement's start when later, to the latest
//   date an actual cost covers), so a report that arrives late does not raise a false alarm; a year
//   without any actuals is not assessed.

import { lineTotal, type BudgetLine } from "./budget";
import type { Result } from "./result";

export type Ore = bigint;

// ---------------------------------------------------------------------------------------------
// Amounts typed by people

/** "125 000,50", "125000.5", "1 234 kr" → öre, exactly; null when not a positive amount with at most two decimals. */
export function parseKronor(text: string): Ore | null {
  const compact = text
    .replace(/[\s\u00a0]/g, "")
    .replace(/(kr|sek)$/i, "")
    .replace(",", ".");
  const m = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(compact);
  if (!m) return null;
  const ore = BigInt(m[1]!) * 100n + BigInt((m[2] ?? "").padEnd(2, "0"));
  return ore > 0n ? ore : null;
}

/** Öre as the text a form shows again: "125000,50" (sv) or "125000.50" (en); whole kronor without decimals. */
export function kronorText(ore: Ore, locale: "sv" | "en"): string {
  const whole = (ore / 100n).toString();
  const rest = ore % 100n;
  if (rest === 0n) return whole;
  return `${whole}${locale === "sv" ? "," : "."}${rest.toString().padStart(2, "0")}`;
}

export const sum = (amounts: readonly Ore[]): Ore => amounts.reduce((a, b) => a + b, 0n);

// ---------------------------------------------------------------------------------------------
// Payment plans

export const MAX_INSTALMENTS = 24;

/** The part of a party's budget for a year that is paid out: its MONEY lines. */
export function payableBudget(lines: readonly BudgetLine[], partyId: string, year: number): Ore {
  return sum(
    lines.filter((l) => l.partyId === partyId && l.year === year && l.kind === "MONEY").map(lineTotal),
  );
}

/** The party's whole budget for a year (every kind of line). */
export function partyBudget(lines: readonly BudgetLine[], partyId: string, year: number): Ore {
  return sum(lines.filter((l) => l.partyId === partyId && l.year === year).map(lineTotal));
}

/** `total` in `count` equal instalments of whole öre; the remainder öre go on the last one. */
export function splitEvenly(total: Ore, count: number): Ore[] {
  if (!Number.isInteger(count) || count < 1 || count > MAX_INSTALMENTS) throw new RangeError("count");
  if (total <= 0n) throw new RangeError("total");
  const n = BigInt(count);
  const each = total / n;
  return Array.from({ length: count }, (_, i) => (i === count - 1 ? total - each * (n - 1n) : each));
}

/** "YYYY-MM-DD" plus whole months, the day kept where the month has it and else its last day. */
export function addMonthsToDate(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

export type PlanCheck = Result<
  { planned: Ore },
  "empty" | "tooMany" | "noBudget" | "mismatch",
  { planned: Ore; budget: Ore }
>;

/** A plan adds up when its instalments sum exactly to the payable budget (which must be above zero). */
export function checkPlan(amounts: readonly Ore[], budget: Ore): PlanCheck {
  const planned = sum(amounts);
  if (budget <= 0n) return { ok: false, code: "noBudget", planned, budget };
  if (amounts.length === 0) return { ok: false, code: "empty", planned, budget };
  if (amounts.length > MAX_INSTALMENTS) return { ok: false, code: "tooMany", planned, budget };
  if (planned !== budget) return { ok: false, code: "mismatch", planned, budget };
  return { ok: true, planned };
}

// ---------------------------------------------------------------------------------------------
// Per party and year: budget, planned, paid, spent, remaining

export type Instalment = { id: string; partyId: string; year: number; dueDate: string; amountOre: Ore };
export type PaymentRow = {
  partyId: string;
  year: number;
  amountOre: Ore;
  instalmentId: string | null;
};
export type ActualRow = { budgetLineId: string; amountOre: Ore; spentOn: string };
export type SurplusRow = { partyId: string; fromYear: number; amountOre: Ore };
export type LineWithId = BudgetLine & { id: string };

export type PartyYearMoney = {
  partyId: string;
  year: number;
  budget: Ore;
  payable: Ore;
  planned: Ore;
  paid: Ore;
  spent: Ore;
  carriedIn: Ore;
  carriedOut: Ore;
  /** budget + carried in − spent − carried out; negative when overspent. */
  remaining: Ore;
};

export function partyYearMoney(input: {
  lines: readonly LineWithId[];
  partyId: string;
  year: number;
  instalments: readonly Instalment[];
  payments: readonly PaymentRow[];
  actuals: readonly ActualRow[];
  surplus: readonly SurplusRow[];
}): PartyYearMoney {
  const { partyId, year } = input;
  const own = new Set(input.lines.filter((l) => l.partyId === partyId && l.year === year).map((l) => l.id));
  const budget = partyBudget(input.lines, partyId, year);
  const spent = sum(input.actuals.filter((a) => own.has(a.budgetLineId)).map((a) => a.amountOre));
  const mine = (r: { partyId: string }) => r.partyId === partyId;
  const carriedIn = sum(
    input.surplus.filter((s) => mine(s) && s.fromYear === year - 1).map((s) => s.amountOre),
  );
  const carriedOut = sum(input.surplus.filter((s) => mine(s) && s.fromYear === year).map((s) => s.amountOre));
  return {
    partyId,
    year,
    budget,
    payable: payableBudget(input.lines, partyId, year),
    planned: sum(input.instalments.filter((i) => mine(i) && i.year === year).map((i) => i.amountOre)),
    paid: sum(input.payments.filter((p) => mine(p) && p.year === year).map((p) => p.amountOre)),
    spent,
    carriedIn,
    carriedOut,
    remaining: budget + carriedIn - spent - carriedOut,
  };
}

/** Instalments whose due date has passed and which payments recorded against them do not cover. */
export function overdueInstalments(
  instalments: readonly Instalment[],
  payments: readonly PaymentRow[],
  today: string,
): Instalment[] {
  return instalments.filter((i) => {
    if (i.dueDate >= today) return false;
    const paid = sum(payments.filter((p) => p.instalmentId === i.id).map((p) => p.amountOre));
    return paid < i.amountOre;
  });
}

// ---------------------------------------------------------------------------------------------
// Significant deviation

export const DEFAULT_DEVIATION_THRESHOLD_PERCENT = 10;

const DAY = 86_400_000;
const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY);

/**
 * The share of the year that the actuals cover, as a fraction num/den of days: from the later of
 * 1 January and the agreement's start to the latest date an actual covers, over the days of the year
 * within the agreement. Null when nothing in the year is covered.
 */
export function coveredFraction(
  year: number,
  latestActual: string,
  period: { start: string | null; end: string | null },
): { num: number; den: number } | null {
  const first = Math.max(dayNumber(`${year}-01-01`), period.start ? dayNumber(period.start) : -Infinity);
  const last = Math.min(dayNumber(`${year}-12-31`), period.end ? dayNumber(period.end) : Infinity);
  if (last < first) return null;
  const covered = Math.min(dayNumber(latestActual), last) - first + 1;
  if (covered <= 0) return null;
  return { num: covered, den: last - first + 1 };
}

export type Deviation = {
  /** "party" for a party's whole year, "line" for one budget line. */
  scope: "party" | "line";
  partyId: string;
  year: number;
  lineId: string | null;
  budget: Ore;
  expected: Ore;
  spent: Ore;
  /** (spent − expected) / expected in tenths of a percent, rounded toward zero; null when expected is 0. */
  permille: number | null;
};

function deviationOf(spent: Ore, expected: Ore): number | null {
  if (expected === 0n) return null;
  return Number(((spent - expected) * 1000n) / expected);
}

function significant(d: Deviation, thresholdPercent: number): boolean {
  if (d.permille === null) return d.spent !== 0n; // spending on a line with no budget
  return Math.abs(d.permille) > thresholdPercent * 10;
}

/**
 * Every party-year and line whose spending deviates from its pro-rata budget by more than the
 * threshold (percent). Only years with actual costs recorded are assessed.
 */
export function significantDeviations(input: {
  lines: readonly LineWithId[];
  actuals: readonly ActualRow[];
  thresholdPercent: number;
  period: { start: string | null; end: string | null };
}): Deviation[] {
  const lineById = new Map(input.lines.map((l) => [l.id, l]));
  const out: Deviation[] = [];
  const keys = new Set<string>();
  for (const a of input.actuals) {
    const line = lineById.get(a.budgetLineId);
    if (line) keys.add(`${line.partyId}|${line.year}`);
  }
  for (const key of [...keys].sort()) {
    const [partyId, yearText] = key.split("|") as [string, string];
    const year = Number(yearText);
    const lines = input.lines.filter((l) => l.partyId === partyId && l.year === year);
    const ids = new Set(lines.map((l) => l.id));
    const actuals = input.actuals.filter((a) => ids.has(a.budgetLineId));
    const latest = actuals
      .map((a) => a.spentOn)
      .sort()
      .at(-1)!;
    const fraction = coveredFraction(year, latest, input.period) ?? { num: 1, den: 1 };
    const expectedOf = (budget: Ore) =>
      (budget * BigInt(fraction.num) + BigInt(fraction.den) / 2n) / BigInt(fraction.den);
    const partyBudgetOre = sum(lines.map(lineTotal));
    const partySpent = sum(actuals.map((a) => a.amountOre));
    const candidates: Deviation[] = [
      {
        scope: "party",
        partyId,
        year,
        lineId: null,
        budget: partyBudgetOre,
        expected: expectedOf(partyBudgetOre),
        spent: partySpent,
        permille: deviationOf(partySpent, expectedOf(partyBudgetOre)),
      },
      ...lines.map((l): Deviation => {
        const budget = lineTotal(l);
        const spent = sum(actuals.filter((a) => a.budgetLineId === l.id).map((a) => a.amountOre));
        const expected = expectedOf(budget);
        return {
          scope: "line",
          partyId,
          year,
          lineId: l.id,
          budget,
          expected,
          spent,
          permille: deviationOf(spent, expected),
        };
      }),
    ];
    out.push(...candidates.filter((d) => significant(d, input.thresholdPercent)));
  }
  return out;
}

/** The actuals as they stand, in a short stable form: a dialogue held on these numbers clears the flag. */
export function actualsFingerprint(actuals: readonly ActualRow[]): string {
  const perLine = new Map<string, Ore>();
  for (const a of actuals) perLine.set(a.budgetLineId, (perLine.get(a.budgetLineId) ?? 0n) + a.amountOre);
  const text = [...perLine.entries()]
    .filter(([, v]) => v !== 0n)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}:${v}`)
    .join(";");
  // FNV-1a, 64 bits: short enough for the column, and a change in any line's sum changes it.
  let hash = 0xcbf29ce484222325n;
  for (const ch of text) {
    hash ^= BigInt(ch.codePointAt(0)!);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return `${perLine.size}-${sum([...perLine.values()])}-${hash.toString(16)}`;
}

/** The flag stands when something deviates and no dialogue was held on the actuals as they are now. */
export function deviationFlag(
  deviations: readonly Deviation[],
  currentFingerprint: string,
  lastDialogueFingerprint: string | null,
): boolean {
  return deviations.length > 0 && lastDialogueFingerprint !== currentFingerprint;
}

// ---------------------------------------------------------------------------------------------
// Repayment claims (återkrav)

export type Claim = { amountOre: Ore; dueDate: string; paidAmountOre: Ore | null };

/** What is still owed on a claim (never below zero). */
export function claimOutstanding(c: Claim): Ore {
  const left = c.amountOre - (c.paidAmountOre ?? 0n);
  return left > 0n ? left : 0n;
}

export function claimState(c: Claim, today: string): "paid" | "overdue" | "open" {
  if (claimOutstanding(c) === 0n) return "paid";
  return c.dueDate < today ? "overdue" : "open";
}

// ---------------------------------------------------------------------------------------------
// Surplus

/** A year can be carried over once it has ended; at most what is left of the party's money for it. */
export function checkSurplus(
  money: PartyYearMoney,
  amount: Ore,
  today: string,
): { ok: true } | { ok: false; code: "yearNotEnded" | "nothingLeft" | "moreThanLeft" } {
  if (today <= `${money.year}-12-31`) return { ok: false, code: "yearNotEnded" };
  if (money.remaining <= 0n) return { ok: false, code: "nothingLeft" };
  if (amount > money.remaining) return { ok: false, code: "moreThanLeft" };
  return { ok: true };
}
