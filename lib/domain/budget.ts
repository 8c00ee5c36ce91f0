// Budget of an IOP partnership: lines per party and year, computed from quantities and unit prices. A product
// computes the figures; it never trusts typed totals (the agreement template (docs/domain.md) prints 995 tkr
// where its lines add up to 990,84 tkr, and "44 v × 40 tim = 176 tim" where 44 × 40 is 1 760).
//
// All arithmetic is exact: amounts are bigint öre (hundredths of a krona). Decimal inputs (at most
// two decimals) are read from their decimal representation, never multiplied as floats.

import { z } from "zod";

export const BUDGET_KINDS = [
  "MONEY",
  "STAFF_TIME",
  "VOLUNTEER_TIME",
  "PREMISES",
  "MATERIAL",
  "TRAVEL",
  "OTHER",
] as const;
export type BudgetKind = (typeof BUDGET_KINDS)[number];

export type BudgetFactor = { quantity: number; unit: string };

export type BudgetLine = {
  partyId: string;
  year: number;
  kind: BudgetKind;
  description: string;
  /** Up to two decimals. When `factors` is given it must equal their product. */
  quantity: number;
  unit: string;
  /** Kronor, up to two decimals. */
  unitPriceSek: number;
  /** E.g. [{44, "v"}, {40, "h"}] for 1 760 h, shown as "44 v × 40 h". */
  factors?: BudgetFactor[];
};

export type BudgetParty = { id: string; name: string };

/** Öre, exact. */
export type Ore = bigint;

// ---------------------------------------------------------------------------------------------
// Exact decimals

const TWO_DECIMALS = /^(\d+)(?:\.(\d{1,2}))?$/;

/** The non-negative number as an exact count of hundredths, or null if it has more than two decimals. */
function exactHundredths(n: number): bigint | null {
  if (!Number.isFinite(n) || n < 0) return null;
  const match = TWO_DECIMALS.exec(String(n)); // String() of numbers ≥ 1e21 or < 1e-6 uses exponents: refused
  if (!match) return null;
  return BigInt(match[1] ?? "0") * 100n + BigInt((match[2] ?? "").padEnd(2, "0"));
}

/** Hundredths for computing; validated lines always take the exact path. */
function hundredths(n: number): bigint {
  const exact = exactHundredths(n);
  if (exact !== null) return exact;
  if (!Number.isFinite(n)) throw new RangeError(`Not a finite number: ${n}`);
  return BigInt(Math.round(n * 100));
}

/** Divides rounding half away from zero. */
function divRound(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (n * 2n + d) / (2n * d);
  return negative ? -q : q;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

// ---------------------------------------------------------------------------------------------
// Lines

/** The quantity as a fraction (numerator / denominator), from the factors when there are any. */
function exactQuantity(line: Pick<BudgetLine, "quantity" | "factors">): { num: bigint; den: bigint } {
  if (line.factors && line.factors.length > 0) {
    let num = 1n;
    let den = 1n;
    for (const f of line.factors) {
      num *= hundredths(f.quantity);
      den *= 100n;
    }
    return { num, den };
  }
  return { num: hundredths(line.quantity), den: 100n };
}

/** quantity × unit price, in öre, rounded half up to whole öre (only needed below one öre). */
export function lineTotal(line: Pick<BudgetLine, "quantity" | "unitPriceSek" | "factors">): Ore {
  const q = exactQuantity(line);
  return divRound(q.num * hundredths(line.unitPriceSek), q.den);
}

// ---------------------------------------------------------------------------------------------
// Totals and shares

export type Share = {
  numerator: Ore;
  denominator: Ore;
  /** Tenths of a percent, by the largest-remainder method: the parties' values sum to exactly 1000. */
  permille: number;
  /** One decimal, e.g. 65.1. Sums to 100.0 across parties (add `permille` to be exact). */
  percent: number;
};

export type PartyTotal = {
  partyId: string;
  name: string;
  total: Ore;
  /** Null when the grand total is zero: there is nothing to share. */
  share: Share | null;
  byKind: Record<BudgetKind, Ore>;
};

export type BudgetSummary = {
  parties: PartyTotal[];
  grandTotal: Ore;
  byKind: Record<BudgetKind, Ore>;
};

export type BudgetFigures = {
  overall: BudgetSummary;
  years: ({ year: number } & BudgetSummary)[];
  /** Party ids that appear in lines but not among the parties; they are counted, named by id. */
  unknownPartyIds: string[];
};

function emptyByKind(): Record<BudgetKind, Ore> {
  return Object.fromEntries(BUDGET_KINDS.map((k) => [k, 0n])) as Record<BudgetKind, Ore>;
}

/** Largest remainder: floor every quota, then give the units left to the largest remainders (ties: list order). */
export function largestRemainder(amounts: readonly bigint[], units: number): number[] | null {
  const total = amounts.reduce((a, b) => a + b, 0n);
  if (total <= 0n) return null;
  const u = BigInt(units);
  const floors = amounts.map((a) => (a * u) / total);
  const remainders = amounts.map((a) => (a * u) % total);
  let left = Number(u - floors.reduce((a, b) => a + b, 0n));
  const order = amounts
    .map((_, i) => i)
    .sort((i, j) => {
      const ri = remainders[i] ?? 0n;
      const rj = remainders[j] ?? 0n;
      return ri === rj ? i - j : rj > ri ? 1 : -1;
    });
  const result = floors.map(Number);
  for (const i of order) {
    if (left <= 0) break;
    result[i] = (result[i] ?? 0) + 1;
    left--;
  }
  return result;
}

function summarise(lines: readonly BudgetLine[], parties: readonly BudgetParty[]): BudgetSummary {
  const rows = parties.map((p) => ({ partyId: p.id, name: p.name, total: 0n, byKind: emptyByKind() }));
  const index = new Map(rows.map((r, i) => [r.partyId, i]));
  const byKind = emptyByKind();
  let grandTotal = 0n;
  for (const line of lines) {
    const amount = lineTotal(line);
    const row = rows[index.get(line.partyId) ?? -1];
    if (row) {
      row.total += amount;
      row.byKind[line.kind] += amount;
    }
    byKind[line.kind] += amount;
    grandTotal += amount;
  }
  const permilles = largestRemainder(
    rows.map((r) => r.total),
    1000,
  );
  return {
    grandTotal,
    byKind,
    parties: rows.map((r, i) => {
      if (!permilles) return { ...r, share: null };
      const g = gcd(r.total, grandTotal);
      const permille = permilles[i] ?? 0;
      return {
        ...r,
        share: { numerator: r.total / g, denominator: grandTotal / g, permille, percent: permille / 10 },
      };
    }),
  };
}

/** Totals per party, shares and totals per kind, for each year and overall. Parties without lines count as 0. */
export function computeBudget(lines: readonly BudgetLine[], parties: readonly BudgetParty[]): BudgetFigures {
  const known = new Set(parties.map((p) => p.id));
  const unknownPartyIds = [...new Set(lines.map((l) => l.partyId).filter((id) => !known.has(id)))];
  const allParties = [...parties, ...unknownPartyIds.map((id) => ({ id, name: id }))];
  const yearNumbers = [...new Set(lines.map((l) => l.year))].sort((a, b) => a - b);
  return {
    overall: summarise(lines, allParties),
    years: yearNumbers.map((year) => ({
      year,
      ...summarise(
        lines.filter((l) => l.year === year),
        allParties,
      ),
    })),
    unknownPartyIds,
  };
}

// ---------------------------------------------------------------------------------------------
// Formatting

export type BudgetLocale = "sv" | "en";

const NBSP = "\u00a0";

function groupThousands(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** A scaled integer (value / 10^decimals) as text; trailing zero decimals dropped unless `fixed`. */
function formatScaled(value: bigint, decimals: number, locale: BudgetLocale, fixed: boolean): string {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const scale = 10n ** BigInt(decimals);
  const whole = groupThousands((abs / scale).toString(), locale === "sv" ? NBSP : ",");
  let fraction = decimals > 0 ? (abs % scale).toString().padStart(decimals, "0") : "";
  if (!fixed) fraction = fraction.replace(/0+$/, "");
  const text = fraction ? `${whole}${locale === "sv" ? "," : "."}${fraction}` : whole;
  return negative ? `−${text}` : text;
}

/** Thousands of kronor with one decimal: "235,8 tkr" (sv), "235.8 kSEK" (en). Rounds half away from zero. */
export function formatTkr(amountInOre: Ore | number, locale: BudgetLocale): string {
  const tenthsOfTkr = divRound(BigInt(amountInOre), 10_000n); // 1 tkr = 100 000 öre
  return `${formatScaled(tenthsOfTkr, 1, locale, true)}${NBSP}${locale === "sv" ? "tkr" : "kSEK"}`;
}

/** Kronor and öre, öre only when there are any: "235 840 kr", "0,30 kr". */
export function formatSek(amountInOre: Ore | number, locale: BudgetLocale): string {
  const ore = BigInt(amountInOre);
  const text =
    ore % 100n === 0n ? formatScaled(ore / 100n, 0, locale, true) : formatScaled(ore, 2, locale, true);
  return `${text}${NBSP}${locale === "sv" ? "kr" : "SEK"}`;
}

function formatNumber(n: number, locale: BudgetLocale): string {
  return formatScaled(hundredths(n), 2, locale, false);
}

/** The calculation as a person checks it: "44 v × 40 h × 134 kr = 235 840 kr". */
export function formatCalculation(line: BudgetLine, locale: BudgetLocale): string {
  const quantities =
    line.factors && line.factors.length > 0 ? line.factors : [{ quantity: line.quantity, unit: line.unit }];
  const parts = quantities.map((f) => `${formatNumber(f.quantity, locale)}${NBSP}${f.unit}`.trim());
  parts.push(formatSek(hundredths(line.unitPriceSek), locale));
  return `${parts.join(" × ")} = ${formatSek(lineTotal(line), locale)}`;
}

// ---------------------------------------------------------------------------------------------
// Validation

export const BUDGET_LIMITS = {
  maxQuantity: 10_000_000,
  maxUnitPriceSek: 100_000_000,
  /** 10 000 Mkr per line. */
  maxLineTotalOre: 1_000_000_000_000n,
  maxFactors: 5,
  maxLines: 2_000,
  minYear: 2000,
  maxYear: 2100,
} as const;

const decimal = (max: number) =>
  z
    .number()
    .min(0, "Must not be negative")
    .max(max, `Must be at most ${max}`)
    .refine((n) => exactHundredths(n) !== null, "At most two decimals");

const unitSchema = z.string().trim().min(1, "Unit is required").max(20, "Unit is at most 20 characters");

export const budgetLineSchema = z
  .object({
    partyId: z.string().trim().min(1, "Party is required").max(100),
    year: z.number().int().min(BUDGET_LIMITS.minYear).max(BUDGET_LIMITS.maxYear),
    kind: z.enum(BUDGET_KINDS),
    description: z.string().trim().min(1, "Description is required").max(200, "At most 200 characters"),
    quantity: decimal(BUDGET_LIMITS.maxQuantity),
    unit: unitSchema,
    unitPriceSek: decimal(BUDGET_LIMITS.maxUnitPriceSek),
    factors: z
      .array(z.object({ quantity: decimal(BUDGET_LIMITS.maxQuantity), unit: unitSchema }))
      .min(1)
      .max(BUDGET_LIMITS.maxFactors)
      .optional(),
  })
  .superRefine((line, ctx) => {
    const q = exactHundredths(line.quantity);
    const price = exactHundredths(line.unitPriceSek);
    if (q === null || price === null) return;
    if (line.factors?.some((f) => exactHundredths(f.quantity) === null)) return;
    if (line.factors && line.factors.length > 0) {
      const product = exactQuantity(line);
      // quantity / 100 must equal num / den exactly
      if (q * product.den !== product.num * 100n) {
        ctx.addIssue({
          code: "custom",
          path: ["quantity"],
          message: "Quantity must equal the product of the factors",
        });
        return;
      }
    }
    if (lineTotal(line) > BUDGET_LIMITS.maxLineTotalOre) {
      ctx.addIssue({ code: "custom", path: ["unitPriceSek"], message: "The line total is too large" });
    }
  });

export type BudgetValidationError = { path: string; message: string };

/** Validates user input; never throws. */
export function validateBudgetLines(
  input: unknown,
): { ok: true; lines: BudgetLine[] } | { ok: false; errors: BudgetValidationError[] } {
  const result = z.array(budgetLineSchema).max(BUDGET_LIMITS.maxLines).safeParse(input);
  if (result.success) return { ok: true, lines: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => ({
      path: issue.path.map(String).join("."),
      message: issue.message,
    })),
  };
}
