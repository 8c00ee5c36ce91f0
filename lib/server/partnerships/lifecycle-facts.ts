import "server-only";
import { swedishDate } from "@/lib/domain/follow-ups";
import { termOver, type LifecycleFacts } from "@/lib/domain/partnership-lifecycle";
import type { Prisma } from "@/lib/generated/prisma/client";
import { latestVersion } from "../signing/gate";

// The facts lib/domain/partnership-lifecycle.ts decides a move by, read inside the move's
// transaction so that a signature or a date saved meanwhile counts. Null: no such partnership.

export async function lifecycleFacts(
  tx: Prisma.TransactionClient,
  partnershipId: string,
  now: Date = new Date(),
): Promise<LifecycleFacts | null> {
  const p = await tx.partnership.findUnique({
    where: { id: partnershipId },
    select: { requestId: true, endDate: true, endYear: true },
  });
  if (!p) return null;
  return {
    fromRequest: p.requestId !== null,
    latest: await latestVersion(tx, partnershipId),
    termOver: termOver(p, swedishDate(now)),
  };
}
