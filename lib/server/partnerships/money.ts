import "server-only";
import { changedFields } from "@/lib/domain/audit";
import { dateValue, isoDate, swedishDate } from "@/lib/domain/follow-ups";
import {
  actualsFingerprint,
  addMonthsToDate,
  checkPlan,
  checkSurplus,
  partyYearMoney,
  payableBudget,
  splitEvenly,
} from "@/lib/domain/money";
import {
  claimPaidSchema,
  claimSchema,
  dialogueSchema,
  paymentPlanSchema,
  paymentSchema,
  splitSchema,
  staffActualSchema,
  surplusSchema,
  type ClaimCommand,
  type ClaimPaidCommand,
  type DialogueCommand,
  type PaymentCommand,
  type PaymentPlanCommand,
  type SplitCommand,
  type StaffActualCommand,
  type SurplusCommand,
} from "@/lib/domain/money-commands";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit, recordCreated, recordedBy, type AuditActor } from "../audit/record";
import { getDb } from "../db/client";
import { ActualsRefused, recordStaffActual } from "./actuals";
import type { ChangeResult } from "./guard";
import { budgetLinesOf } from "./queries";

// The money verbs: each takes (actor, command), checks that everything named belongs to the
// partnership, refuses what does not add up, and writes its audit row in the same transaction.

type Tx = Prisma.TransactionClient;
const invalid = (field: string, code: string): ChangeResult => ({
  ok: false,
  code: "invalid",
  errors: { [field]: code },
});

class Refusal extends Error {
  constructor(readonly result: ChangeResult) {
    super("refused");
  }
}

async function run(fn: (tx: Tx) => Promise<void | string>): Promise<ChangeResult> {
  const db = await getDb();
  try {
    const id = await db.$transaction(fn);
    return typeof id === "string" ? { ok: true, id } : { ok: true };
  } catch (error) {
    if (error instanceof Refusal) return error.result;
    throw error;
  }
}

async function partyOf(tx: Tx, partnershipId: string, partyId: string) {
  const party = await tx.partnershipParty.findFirst({ where: { id: partyId, partnershipId } });
  if (!party) throw new Refusal({ ok: false, code: "notFound" });
  return party;
}

async function linesOf(tx: Tx, partnershipId: string) {
  const rows = await tx.budgetLine.findMany({ where: { partnershipId }, orderBy: { id: "asc" } });
  const lines = budgetLinesOf(rows);
  return rows.map((r, i) => ({ ...lines[i]!, id: r.id }));
}

const json = (v: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(v).map(([k, x]) => [k, typeof x === "bigint" ? x.toString() : x]));

/** Replaces the plan of a party for a year; refused unless the instalments sum exactly to its money lines. */
export async function savePaymentPlan(actor: AuditActor, command: PaymentPlanCommand): Promise<ChangeResult> {
  const c = paymentPlanSchema.parse(command);
  return run(async (tx) => {
    await partyOf(tx, c.partnershipId, c.partyId);
    const budget = payableBudget(await linesOf(tx, c.partnershipId), c.partyId, c.year);
    const check = checkPlan(
      c.instalments.map((i) => i.amountOre),
      budget,
    );
    if (!check.ok) throw new Refusal(invalid("plan", check.code));
    const where = { partnershipId: c.partnershipId, partyId: c.partyId, year: c.year };
    const before = await tx.paymentInstalment.findMany({ where, orderBy: { dueDate: "asc" } });
    await tx.paymentInstalment.deleteMany({ where });
    const sorted = [...c.instalments].sort((a, b) => (a.dueDate < b.dueDate ? -1 : 1));
    await tx.paymentInstalment.createMany({
      data: sorted.map((i) => ({ ...where, dueDate: dateValue(i.dueDate), amountOre: i.amountOre })),
    });
    const show = (rows: { dueDate: string; amountOre: bigint }[]) =>
      rows.map((r) => `${r.dueDate} ${r.amountOre}`);
    await recordAudit(tx, {
      actor,
      entity: "payment_plan",
      entityId: `${c.partnershipId}:${c.partyId}:${c.year}`,
      action: before.length ? "updated" : "created",
      changes: changedFields(
        { instalments: show(before.map((b) => ({ dueDate: isoDate(b.dueDate), amountOre: b.amountOre }))) },
        { instalments: show(sorted) },
      ),
    });
  });
}

/** The convenience: the party's money for the year in N equal instalments, remainder öre on the last. */
export async function splitPaymentPlan(actor: AuditActor, command: SplitCommand): Promise<ChangeResult> {
  const c = splitSchema.parse(command);
  const db = await getDb();
  const rows = await db.budgetLine.findMany({ where: { partnershipId: c.partnershipId } });
  const budget = payableBudget(budgetLinesOf(rows), c.partyId, c.year);
  if (budget <= 0n) return invalid("count", "noBudget");
  const amounts = splitEvenly(budget, c.count);
  return savePaymentPlan(actor, {
    partnershipId: c.partnershipId,
    partyId: c.partyId,
    year: c.year,
    instalments: amounts.map((amountOre, i) => ({
      amountOre,
      dueDate: addMonthsToDate(c.firstDueDate, i * c.monthsBetween),
    })),
  });
}

export async function recordPayment(actor: AuditActor, command: PaymentCommand): Promise<ChangeResult> {
  const c = paymentSchema.parse(command);
  return run(async (tx) => {
    await partyOf(tx, c.partnershipId, c.partyId);
    if (c.instalmentId) {
      const instalment = await tx.paymentInstalment.findFirst({
        where: { id: c.instalmentId, partnershipId: c.partnershipId, partyId: c.partyId, year: c.year },
      });
      if (!instalment) throw new Refusal(invalid("instalmentId", "otherInstalment"));
    }
    const data = {
      ...c,
      paidOn: dateValue(c.paidOn),
      recordedById: recordedBy(actor),
    };
    const row = await tx.payment.create({ data });
    await recordCreated(tx, actor, "payment", row.id, changedFields(null, json({ ...c })));
    return row.id;
  });
}

export async function recordActual(actor: AuditActor, command: StaffActualCommand): Promise<ChangeResult> {
  const c = staffActualSchema.parse(command);
  return run(async (tx) => {
    try {
      await recordStaffActual(tx, actor, c);
    } catch (error) {
      if (error instanceof ActualsRefused) throw new Refusal(invalid("budgetLineId", "choose"));
      throw error;
    }
  });
}

/** The dialogue the agreement asks for on a significant deviation; it holds for the actuals as they are now. */
export async function recordDialogue(actor: AuditActor, command: DialogueCommand): Promise<ChangeResult> {
  const c = dialogueSchema.parse(command);
  return run(async (tx) => {
    const p = await tx.partnership.findUnique({ where: { id: c.partnershipId }, select: { id: true } });
    if (!p) throw new Refusal({ ok: false, code: "notFound" });
    const actuals = await tx.actualCost.findMany({ where: { partnershipId: c.partnershipId } });
    const fingerprint = actualsFingerprint(
      actuals.map((a) => ({
        budgetLineId: a.budgetLineId,
        amountOre: a.amountOre,
        spentOn: isoDate(a.spentOn),
      })),
    );
    const row = await tx.deviationDialogue.create({
      data: {
        ...c,
        heldOn: dateValue(c.heldOn),
        fingerprint,
        recordedById: recordedBy(actor),
      },
    });
    await recordCreated(tx, actor, "deviation_dialogue", row.id, changedFields(null, { ...c, fingerprint }));
    return row.id;
  });
}

export async function recordClaim(actor: AuditActor, command: ClaimCommand): Promise<ChangeResult> {
  const c = claimSchema.parse(command);
  return run(async (tx) => {
    await partyOf(tx, c.partnershipId, c.partyId);
    const row = await tx.repaymentClaim.create({
      data: { ...c, dueDate: dateValue(c.dueDate), recordedById: recordedBy(actor) },
    });
    await recordCreated(tx, actor, "repayment_claim", row.id, changedFields(null, json({ ...c })));
    return row.id;
  });
}

/** What was repaid on a claim (at most the amount claimed); a later entry replaces the earlier one. */
export async function recordClaimPaid(actor: AuditActor, command: ClaimPaidCommand): Promise<ChangeResult> {
  const c = claimPaidSchema.parse(command);
  return run(async (tx) => {
    const claim = await tx.repaymentClaim.findFirst({
      where: { id: c.claimId, partnershipId: c.partnershipId },
    });
    if (!claim) throw new Refusal({ ok: false, code: "notFound" });
    if (c.paidAmountOre > claim.amountOre) throw new Refusal(invalid("paidAmount", "moreThanClaimed"));
    await tx.repaymentClaim.update({
      where: { id: claim.id },
      data: { paidOn: dateValue(c.paidOn), paidAmountOre: c.paidAmountOre },
    });
    await recordAudit(tx, {
      actor,
      entity: "repayment_claim",
      entityId: claim.id,
      action: "paid",
      changes: changedFields(
        json({ paidOn: claim.paidOn ? isoDate(claim.paidOn) : null, paidAmountOre: claim.paidAmountOre }),
        json({ paidOn: c.paidOn, paidAmountOre: c.paidAmountOre }),
      ),
    });
  });
}

/** Unspent money of an ended year carried to the next year for the same purpose. */
export async function carrySurplus(
  actor: AuditActor,
  command: SurplusCommand,
  today = swedishDate(new Date()),
): Promise<ChangeResult> {
  const c = surplusSchema.parse(command);
  return run(async (tx) => {
    await partyOf(tx, c.partnershipId, c.partyId);
    const where = { partnershipId: c.partnershipId };
    const [lines, actuals, surplus] = await Promise.all([
      linesOf(tx, c.partnershipId),
      tx.actualCost.findMany({ where }),
      tx.surplusCarry.findMany({ where }),
    ]);
    const money = partyYearMoney({
      lines,
      partyId: c.partyId,
      year: c.fromYear,
      instalments: [],
      payments: [],
      actuals: actuals.map((a) => ({
        budgetLineId: a.budgetLineId,
        amountOre: a.amountOre,
        spentOn: isoDate(a.spentOn),
      })),
      surplus,
    });
    const check = checkSurplus(money, c.amountOre, today);
    if (!check.ok)
      throw new Refusal(invalid(check.code === "yearNotEnded" ? "partyYear" : "amount", check.code));
    const row = await tx.surplusCarry.create({
      data: { ...c, recordedById: recordedBy(actor) },
    });
    await recordCreated(tx, actor, "surplus_carry", row.id, changedFields(null, json({ ...c })));
    return row.id;
  });
}
