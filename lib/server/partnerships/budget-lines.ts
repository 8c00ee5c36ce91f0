import "server-only";
import { parseBudgetLineForm } from "@/lib/domain/budget-form";
import { BUDGET_LIMITS } from "@/lib/domain/budget";
import type { FormReader } from "@/lib/domain/partnership";
import { getDb } from "../db/client";
import { claimVersion, Conflict, type ChangeResult } from "./guard";

// Budget lines are stored as typed (quantity or factors, unit price); every sum, share and tkr
// figure is computed from them by lib/domain/budget.ts when shown. No total is ever stored.

export async function saveBudgetLine(input: {
  partnershipId: string;
  expectedVersion: number;
  lineId: string | null;
  form: FormReader;
}): Promise<ChangeResult> {
  const db = await getDb();
  const partnership = await db.partnership.findUnique({
    where: { id: input.partnershipId },
    select: { parties: { select: { id: true } }, _count: { select: { budgetLines: true } } },
  });
  if (!partnership) return { ok: false, code: "notFound" };
  const parsed = parseBudgetLineForm(
    input.form,
    partnership.parties.map((p) => p.id),
  );
  if (!parsed.ok) return { ok: false, code: "invalid", errors: parsed.errors };
  if (!input.lineId && partnership._count.budgetLines >= BUDGET_LIMITS.maxLines)
    return { ok: false, code: "invalid", errors: { description: "tooManyLines" } };
  const line = parsed.data;
  const data = {
    partyId: line.partyId,
    year: line.year,
    kind: line.kind,
    description: line.description,
    factors: line.factors ?? [],
    quantity: line.quantity.toFixed(2),
    unit: line.unit,
    unitPriceSek: line.unitPriceSek.toFixed(2),
  };
  try {
    await db.$transaction(async (tx) => {
      await claimVersion(tx, input.partnershipId, input.expectedVersion);
      if (input.lineId) {
        const updated = await tx.budgetLine.updateMany({
          where: { id: input.lineId, partnershipId: input.partnershipId },
          data,
        });
        if (updated.count !== 1) throw new Conflict(); // removed meanwhile
      } else await tx.budgetLine.create({ data: { ...data, partnershipId: input.partnershipId } });
    });
  } catch (error) {
    if (error instanceof Conflict) return { ok: false, code: "conflict" };
    throw error;
  }
  return { ok: true };
}

export async function removeBudgetLine(input: {
  partnershipId: string;
  expectedVersion: number;
  lineId: string;
}): Promise<ChangeResult> {
  const db = await getDb();
  try {
    await db.$transaction(async (tx) => {
      await claimVersion(tx, input.partnershipId, input.expectedVersion);
      await tx.budgetLine.deleteMany({ where: { id: input.lineId, partnershipId: input.partnershipId } });
    });
  } catch (error) {
    if (error instanceof Conflict) return { ok: false, code: "conflict" };
    throw error;
  }
  return { ok: true };
}
