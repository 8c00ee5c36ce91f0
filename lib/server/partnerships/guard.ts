import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StaffActor } from "@/lib/domain/permissions";
import { recordAudit, staffActor, type AuditEntry } from "../audit/record";
import { getDb } from "../db/client";
import { invalidateRegister } from "../register/cache";
import type { Result } from "@/lib/domain/result";

// Optimistic concurrency for every change to a partnership, its parties and its budget: the change
// counts only if nobody saved since the page was read (Partnership.version), like requests do.

export class Conflict extends Error {}

/** A refusal carries its reason, a message key (lib/domain/partnership-lifecycle.ts). */
export type ChangeResult = Result<
  { id?: string },
  "notFound" | "conflict" | "refused" | "invalid",
  { reason?: string }
>;

/** Claims the next version inside the transaction; throws Conflict when the page was stale. */
export async function claimVersion(
  tx: Prisma.TransactionClient,
  id: string,
  expectedVersion: number,
  data: Prisma.PartnershipUpdateManyMutationInput = {},
): Promise<void> {
  if (!Number.isInteger(expectedVersion)) throw new Conflict();
  const updated = await tx.partnership.updateMany({
    where: { id, version: expectedVersion },
    data: { ...data, version: { increment: 1 } },
  });
  if (updated.count !== 1) throw new Conflict();
  // Cleared before the commit too: a read in between may cache the old state for up to a minute.
  invalidateRegister();
}

/**
 * A staff member's change of a partnership's parties or budget: claims the next version, runs
 * `change` and writes the audit row it answers, in one transaction. `change` answers null when there
 * is nothing to record (the row is gone already). A stale page, or a Conflict thrown by `change` (its
 * row removed meanwhile), undoes it all and answers "conflict".
 */
export async function changeAtVersion(
  actor: StaffActor,
  ref: { partnershipId: string; expectedVersion: number },
  change: (tx: Prisma.TransactionClient) => Promise<Omit<AuditEntry, "actor"> | null>,
): Promise<ChangeResult> {
  const db = await getDb();
  try {
    await db.$transaction(async (tx) => {
      await claimVersion(tx, ref.partnershipId, ref.expectedVersion);
      const audit = await change(tx);
      if (audit) await recordAudit(tx, { ...audit, actor: staffActor(actor.id) });
    });
  } catch (error) {
    if (error instanceof Conflict) return { ok: false, code: "conflict" };
    throw error;
  }
  return { ok: true };
}
