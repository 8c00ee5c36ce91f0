// The budget line form: what a person types ("44 v × 40 h", "134,50") read into a budget line and
// checked by budgetLineSchema (lib/domain/budget.ts), which stays the one owner of the rules.

import { z } from "zod";
import { budgetLineSchema, type BudgetFactor, type BudgetLine } from "./budget";
import type { FormErrors, Parsed } from "./partnership";

/** "1 234,5" or "1234.50" → 1234.5; null if not a non-negative number with at most two decimals. */
export function parseDecimal(text: string): number | null {
  const compact = text.replace(/[\s\u00a0]/g, "").replace(",", ".");
  if (!/^\d{1,12}(\.\d{1,2})?$/.test(compact)) return null;
  return Number(compact);
}

/** Hundredths as a decimal number, or null when it needs more than two decimals. */
function fromScaled(value: bigint, decimals: number): number | null {
  const scale = 10n ** BigInt(decimals);
  const whole = value / scale;
  const fraction = (value % scale).toString().padStart(decimals, "0");
  if (decimals > 2 && /[1-9]/.test(fraction.slice(2))) return null;
  return Number(`${whole}.${fraction.slice(0, 2) || "0"}`);
}

/**
 * The quantity field: a number ("1760") or a product of factors ("44 v × 40 h", "44*40"). Each factor
 * may carry a unit. The quantity of a product is computed exactly, never typed.
 */
export function parseQuantity(
  text: string,
):
  { quantity: number; factors?: BudgetFactor[]; unit?: string } | { error: "quantity" | "factorsPrecision" } {
  // An x is a times sign only on its own ("44 v x 40 h") or between numbers ("44x40"): units such
  // as "taxiresor" or "box" contain one.
  const parts = text
    .split(/\s*[×*]\s*|\s+x\s+|(?<=\d)\s*x\s*(?=\d)/i)
    .map((p) => p.trim())
    .filter((p, i, all) => p !== "" || all.length === 1);
  if (parts.length === 0 || parts.length > 5) return { error: "quantity" };
  const factors: BudgetFactor[] = [];
  for (const part of parts) {
    const m = /^([\d\s\u00a0]+(?:[.,]\d+)?)\s*(.*)$/.exec(part);
    const value = m ? parseDecimal(m[1]!) : null;
    if (!m || value === null) return { error: "quantity" };
    factors.push({ quantity: value, unit: m[2]!.trim().slice(0, 20) });
  }
  // "44 v" is one quantity with its unit, not a product.
  if (factors.length === 1)
    return { quantity: factors[0]!.quantity, ...(factors[0]!.unit ? { unit: factors[0]!.unit } : {}) };
  let product = 1n;
  for (const f of factors) product *= BigInt(Math.round(f.quantity * 100));
  const quantity = fromScaled(product, 2 * factors.length);
  if (quantity === null) return { error: "factorsPrecision" };
  // A factor without a unit is still shown by its number.
  return { quantity, factors: factors.map((f) => ({ quantity: f.quantity, unit: f.unit || "×" })) };
}

const typed = z.string().default("");
/** The budget line form as typed: quantity and price are read by parseQuantity and parseDecimal. */
export const budgetLineFormSchema = z.object({
  partyId: typed,
  year: typed,
  kind: typed,
  description: typed,
  quantity: typed,
  unit: typed,
  unitPriceSek: typed,
});
export type BudgetLineFormInput = z.input<typeof budgetLineFormSchema>;

export function parseBudgetLineForm(
  input: BudgetLineFormInput,
  partyIds: readonly string[],
): Parsed<BudgetLine> {
  const typedIn = budgetLineFormSchema.safeParse(input);
  if (!typedIn.success) return { ok: false, errors: { form: "invalidOption" } };
  const one = (name: keyof typeof typedIn.data) => typedIn.data[name].trim();
  const errors: FormErrors = {};
  const partyId = one("partyId");
  if (!partyIds.includes(partyId)) errors.partyId = "chooseParty";
  const yearText = one("year");
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
  if (Number.isNaN(year) || year < 2000 || year > 2100) errors.year = "year";
  const quantity = parseQuantity(one("quantity"));
  if ("error" in quantity) errors.quantity = one("quantity") ? quantity.error : "required";
  const price = parseDecimal(one("unitPriceSek"));
  if (price === null) errors.unitPriceSek = one("unitPriceSek") ? "amount" : "required";
  if (Object.keys(errors).length === 0 && !("error" in quantity) && price !== null) {
    const factorUnit = quantity.unit ?? quantity.factors?.at(-1)?.unit;
    const result = budgetLineSchema.safeParse({
      partyId,
      year,
      kind: one("kind"),
      description: one("description"),
      quantity: quantity.quantity,
      unit: one("unit") || (factorUnit && factorUnit !== "×" ? factorUnit : ""),
      unitPriceSek: price,
      ...(quantity.factors ? { factors: quantity.factors } : {}),
    });
    if (result.success) return { ok: true, data: result.data };
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? "form");
      errors[field] ??=
        field === "description"
          ? issue.code === "too_big"
            ? "tooLong"
            : "required"
          : field === "kind"
            ? "invalidOption"
            : field === "unit"
              ? "unit"
              : issue.message === "The line total is too large"
                ? "lineTooLarge"
                : field === "unitPriceSek"
                  ? "amount"
                  : "quantity";
    }
  } else {
    if (!one("description")) errors.description = "required";
  }
  return { ok: false, errors };
}
