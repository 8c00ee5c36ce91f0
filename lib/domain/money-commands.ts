// The typed commands of the money verbs (lib/server/partnerships/money.ts, actuals.ts) and the
// reading of the staff forms into them. Pure: errors are codes, each a message key under money.errors.

import { z } from "zod";
import { MAX_INSTALMENTS, parseKronor, type Ore } from "./money";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(
    (d) =>
      !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
  );
const uuid = z.uuid();
const year = z.number().int().min(2000).max(2100);
const ore = z.bigint().positive().max(1_000_000_000_000n);
/** A reason, purpose or note that must be given. */
const longText = z.string().trim().min(1).max(2000);
/** The party of a partnership a money row belongs to, and the budget year for the plan and payments. */
const ofParty = { partnershipId: uuid, partyId: uuid };
const ofPartyYear = { ...ofParty, year };
/** The party and year a plan form was opened for (from the page, not typed). */
type PartyYearIds = { partnershipId: string; partyId: string; year: number };

export const paymentPlanSchema = z.object({
  ...ofPartyYear,
  instalments: z.array(z.object({ dueDate: isoDate, amountOre: ore })).max(MAX_INSTALMENTS),
});
export type PaymentPlanCommand = z.infer<typeof paymentPlanSchema>;

export const paymentSchema = z.object({
  ...ofPartyYear,
  paidOn: isoDate,
  amountOre: ore,
  reference: z.string().trim().min(1).max(100),
  instalmentId: uuid.nullable(),
});
export type PaymentCommand = z.infer<typeof paymentSchema>;

export const staffActualSchema = z.object({
  partnershipId: uuid,
  budgetLineId: uuid,
  amountOre: ore,
  spentOn: isoDate,
  note: z.string().trim().max(500),
});
export type StaffActualCommand = z.infer<typeof staffActualSchema>;

export const dialogueSchema = z.object({
  partnershipId: uuid,
  heldOn: isoDate,
  note: longText,
});
export type DialogueCommand = z.infer<typeof dialogueSchema>;

export const claimSchema = z.object({
  ...ofParty,
  amountOre: ore,
  reason: longText,
  dueDate: isoDate,
});
export type ClaimCommand = z.infer<typeof claimSchema>;

export const claimPaidSchema = z.object({
  partnershipId: uuid,
  claimId: uuid,
  paidOn: isoDate,
  paidAmountOre: ore,
});
export type ClaimPaidCommand = z.infer<typeof claimPaidSchema>;

export const surplusSchema = z.object({
  ...ofParty,
  fromYear: year,
  amountOre: ore,
  purpose: longText,
});
export type SurplusCommand = z.infer<typeof surplusSchema>;

export const splitSchema = z.object({
  ...ofPartyYear,
  count: z.number().int().min(1).max(MAX_INSTALMENTS),
  firstDueDate: isoDate,
  monthsBetween: z.number().int().min(1).max(12),
});
export type SplitCommand = z.infer<typeof splitSchema>;

// ---------------------------------------------------------------------------------------------
// Forms

export type FormErrors = Record<string, string>;
export type Read<T> = { ok: true; command: T } | { ok: false; errors: FormErrors };
type Get = (name: string) => string;

const dateOk = (v: string) => isoDate.safeParse(v).success;

/** Reads named fields into a command, collecting one error code per field. */
class Reader {
  errors: FormErrors = {};
  constructor(private get: Get) {}
  text(name: string, max: number, required = true): string {
    const v = this.get(name).trim();
    if (required && !v) this.errors[name] = "required";
    else if (v.length > max) this.errors[name] = "tooLong";
    return v;
  }
  date(name: string): string {
    const v = this.get(name).trim();
    if (!v) this.errors[name] = "required";
    else if (!dateOk(v)) this.errors[name] = "date";
    return v;
  }
  amount(name: string): Ore {
    const v = this.get(name).trim();
    const parsed = v ? parseKronor(v) : null;
    if (!v) this.errors[name] = "required";
    else if (parsed === null || parsed > 1_000_000_000_000n) this.errors[name] = "amount";
    return parsed ?? 0n;
  }
  int(name: string, min: number, max: number, code: string): number {
    const v = this.get(name).trim();
    const n = /^\d{1,4}$/.test(v) ? Number(v) : NaN;
    if (!v) this.errors[name] = "required";
    else if (Number.isNaN(n) || n < min || n > max) this.errors[name] = code;
    return n;
  }
  /** The choice of a party and year, posted as "partyId|year" in the field partyYear. */
  partyYear(): { partyId: string; year: number } {
    const m = /^([0-9a-f-]{36})\|(\d{4})$/.exec(this.get("partyYear").trim());
    if (!m) this.errors.partyYear = "choose";
    return { partyId: m?.[1] ?? "", year: Number(m?.[2] ?? 0) };
  }
  oneOf(name: string, allowed: readonly string[]): string {
    const v = this.get(name).trim();
    if (!allowed.includes(v)) this.errors[name] = "choose";
    return v;
  }
  done<T>(command: T): Read<T> {
    return Object.keys(this.errors).length ? { ok: false, errors: this.errors } : { ok: true, command };
  }
}

export const PLAN_ROWS = 12;

export function readPlanForm(get: Get, ids: PartyYearIds): Read<PaymentPlanCommand> {
  const r = new Reader(get);
  const instalments: PaymentPlanCommand["instalments"] = [];
  for (let i = 0; i < PLAN_ROWS; i++) {
    if (!get(`due-${i}`).trim() && !get(`amount-${i}`).trim()) continue;
    instalments.push({ dueDate: r.date(`due-${i}`), amountOre: r.amount(`amount-${i}`) });
  }
  return r.done({ ...ids, instalments });
}

export function readSplitForm(get: Get, ids: PartyYearIds) {
  const r = new Reader(get);
  return r.done<SplitCommand>({
    ...ids,
    count: r.int("count", 1, MAX_INSTALMENTS, "count"),
    firstDueDate: r.date("firstDueDate"),
    monthsBetween: r.int("monthsBetween", 1, 12, "months"),
  });
}

export function readPaymentForm(get: Get, partnershipId: string, instalmentIds: readonly string[]) {
  const r = new Reader(get);
  const instalmentId = get("instalmentId").trim();
  if (instalmentId && !instalmentIds.includes(instalmentId)) r.errors.instalmentId = "choose";
  return r.done<PaymentCommand>({
    partnershipId,
    ...r.partyYear(),
    paidOn: r.date("paidOn"),
    amountOre: r.amount("amount"),
    reference: r.text("reference", 100),
    instalmentId: instalmentId || null,
  });
}

export function readActualForm(get: Get, partnershipId: string, lineIds: readonly string[]) {
  const r = new Reader(get);
  return r.done<StaffActualCommand>({
    partnershipId,
    budgetLineId: r.oneOf("budgetLineId", lineIds),
    amountOre: r.amount("amount"),
    spentOn: r.date("spentOn"),
    note: r.text("note", 500, false),
  });
}

export function readDialogueForm(get: Get, partnershipId: string) {
  const r = new Reader(get);
  return r.done<DialogueCommand>({ partnershipId, heldOn: r.date("heldOn"), note: r.text("note", 2000) });
}

export function readClaimForm(get: Get, partnershipId: string, partyIds: readonly string[]) {
  const r = new Reader(get);
  return r.done<ClaimCommand>({
    partnershipId,
    partyId: r.oneOf("partyId", partyIds),
    amountOre: r.amount("amount"),
    reason: r.text("reason", 2000),
    dueDate: r.date("dueDate"),
  });
}

export function readClaimPaidForm(get: Get, partnershipId: string, claimId: string) {
  const r = new Reader(get);
  return r.done<ClaimPaidCommand>({
    partnershipId,
    claimId,
    paidOn: r.date("paidOn"),
    paidAmountOre: r.amount("paidAmount"),
  });
}

export function readSurplusForm(get: Get, partnershipId: string) {
  const r = new Reader(get);
  const { partyId, year } = r.partyYear();
  return r.done<SurplusCommand>({
    partnershipId,
    partyId,
    fromYear: year,
    amountOre: r.amount("amount"),
    purpose: r.text("purpose", 2000),
  });
}

// ---------------------------------------------------------------------------------------------
// The threshold setting

export const moneySettingsSchema = z.object({
  deviationThresholdPercent: z.number().int().min(1).max(100),
});
export type MoneySettings = z.infer<typeof moneySettingsSchema>;

export function readMoneySettingsForm(get: Get): Read<MoneySettings> {
  const r = new Reader(get);
  return r.done({ deviationThresholdPercent: r.int("deviationThresholdPercent", 1, 100, "threshold") });
}
