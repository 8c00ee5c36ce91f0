import "server-only";
import { changedFields } from "@/lib/domain/audit";
import { dateValue, swedishDate } from "@/lib/domain/follow-ups";
import type { StaffActualCommand } from "@/lib/domain/money-commands";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordCreated, recordedBy, type AuditActor } from "../audit/record";

// Actual costs against the budget lines of a partnership. They come from an accepted partner report
// (source REPORT, with the report's id) or are typed by staff (source STAFF). Every entry is checked
// against the partnership's own lines and audited in the caller's transaction.

export class ActualsRefused extends Error {}

const MAX_ORE = 1_000_000_000_000;

/**
 * Records the entries in `tx`. Throws ActualsRefused (rolling the caller's transaction back) when a
 * line is not the partnership's or an amount is not a non-negative whole number of öre; zero
 * entries are skipped. The cost covers the period up to today (the day the report is accepted).
 */
export async function recordActualCosts(
  tx: Prisma.TransactionClient,
  actor: AuditActor,
  input: {
    partnershipId: string;
    reportId: string | null;
    entries: { budgetLineId: string; amountOre: number }[];
  },
): Promise<void> {
  await insertActuals(tx, actor, {
    partnershipId: input.partnershipId,
    reportId: input.reportId,
    spentOn: swedishDate(new Date()),
    note: "",
    entries: input.entries,
  });
}

/** Staff typing one actual cost themselves. */
export async function recordStaffActual(
  tx: Prisma.TransactionClient,
  actor: AuditActor,
  command: StaffActualCommand,
): Promise<void> {
  await insertActuals(tx, actor, {
    partnershipId: command.partnershipId,
    reportId: null,
    spentOn: command.spentOn,
    note: command.note,
    entries: [{ budgetLineId: command.budgetLineId, amountOre: Number(command.amountOre) }],
  });
}

async function insertActuals(
  tx: Prisma.TransactionClient,
  actor: AuditActor,
  input: {
    partnershipId: string;
    reportId: string | null;
    spentOn: string;
    note: string;
    entries: { budgetLineId: string; amountOre: number }[];
  },
): Promise<void> {
  const ids = [...new Set(input.entries.map((e) => e.budgetLineId))];
  const own = await tx.budgetLine.findMany({
    where: { partnershipId: input.partnershipId, id: { in: ids } },
    select: { id: true },
  });
  if (own.length !== ids.length) throw new ActualsRefused("a budget line is not the partnership's");
  for (const e of input.entries)
    if (!Number.isSafeInteger(e.amountOre) || e.amountOre < 0 || e.amountOre > MAX_ORE)
      throw new ActualsRefused("an amount is not whole öre");
  for (const e of input.entries) {
    if (e.amountOre === 0) continue;
    const data = {
      partnershipId: input.partnershipId,
      budgetLineId: e.budgetLineId,
      amountOre: BigInt(e.amountOre),
      spentOn: dateValue(input.spentOn),
      source: input.reportId ? ("REPORT" as const) : ("STAFF" as const),
      reportId: input.reportId,
      note: input.note,
      recordedById: recordedBy(actor),
    };
    const row = await tx.actualCost.create({ data });
    await recordCreated(
      tx,
      actor,
      "actual_cost",
      row.id,
      changedFields(null, { ...data, spentOn: input.spentOn }),
    );
  }
}
