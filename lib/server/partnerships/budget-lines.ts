import "server-only";
import type { StaffActor } from "@/lib/domain/permissions";
import { parseBudgetLineForm, type BudgetLineFormInput } from "@/lib/domain/budget-form";
import { BUDGET_LIMITS } from "@/lib/domain/budget";
import { changedFields } from "@/lib/domain/audit";
import { getDb } from "../db/client";
import { changeAtVersion, Conflict, type ChangeResult } from "./guard";

// Budget lines are stored as typed (quantity or factors, unit price); every sum, share and tkr
// figure is computed from them by lib/domain/budget.ts when shown. No total is ever stored.

/** Adding (no lineId) or changing a budget line, as typed in its form. */
export interface SaveBudgetLineCommand {
  partnershipId: string;
  expectedVersion: number;
  lineId: string | null;
  input: BudgetLineFormInput;
}

export async function saveBudgetLine(
  actor: StaffActor,
  command: SaveBudgetLineCommand,
): Promise<ChangeResult> {
  const db = await getDb();
  const partnership = await db.partnership.findUnique({
    where: { id: command.partnershipId },
    select: { parties: { select: { id: true } }, _count: { select: { budgetLines: true } } },
  });
  if (!partnership) return { ok: false, code: "notFound" };
  const parsed = parseBudgetLineForm(
    command.input,
    partnership.parties.map((p) => p.id),
  );
  if (!parsed.ok) return { ok: false, code: "invalid", errors: parsed.errors };
  if (!command.lineId && partnership._count.budgetLines >= BUDGET_LIMITS.maxLines)
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
  return changeAtVersion(actor, command, async (tx) => {
    const before = command.lineId
      ? await tx.budgetLine.findFirst({
          where: { id: command.lineId, partnershipId: command.partnershipId },
        })
      : null;
    if (command.lineId) {
      const updated = await tx.budgetLine.updateMany({
        where: { id: command.lineId, partnershipId: command.partnershipId },
        data,
      });
      if (updated.count !== 1 || !before) throw new Conflict(); // removed meanwhile
    }
    const id = command.lineId
      ? command.lineId
      : (await tx.budgetLine.create({ data: { ...data, partnershipId: command.partnershipId } })).id;
    return {
      entity: "budget_line",
      entityId: id,
      action: command.lineId ? "updated" : "created",
      changes: changedFields(before ? pick(before, data) : null, {
        ...data,
        partnershipId: command.partnershipId,
      }),
    };
  });
}

export async function removeBudgetLine(
  actor: StaffActor,
  input: { partnershipId: string; expectedVersion: number; lineId: string },
): Promise<ChangeResult> {
  return changeAtVersion(actor, input, async (tx) => {
    const before = await tx.budgetLine.findFirst({
      where: { id: input.lineId, partnershipId: input.partnershipId },
    });
    if (!before) return null; // removed already: nothing to remove or record
    await tx.budgetLine.delete({ where: { id: before.id } });
    return {
      entity: "budget_line",
      entityId: before.id,
      action: "deleted",
      changes: changedFields(before, null, ["id", "createdAt", "updatedAt"]),
    };
  });
}

/** The stored values of the fields a save sets, in the same shape, so the trail compares like with like. */
function pick(row: Record<string, unknown>, like: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(like).map((k) => {
      const v = row[k];
      return [
        k,
        v !== null && typeof v === "object" && "toFixed" in v
          ? (v as { toFixed(n: number): string }).toFixed(2)
          : v,
      ];
    }),
  );
}
