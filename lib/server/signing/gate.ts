import "server-only";
import { activationRefusal, readFrozenParties, signingState } from "@/lib/domain/agreement-signing";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb, type Db } from "../db/client";

// The activation gate's facts, read for lib/domain/agreement-signing.ts `activationRefusal`, which
// alone decides. Called by the status change (lib/server/partnerships/save-section.ts).

async function latestVersion(db: Prisma.TransactionClient | Db, partnershipId: string) {
  const v = await db.agreementVersion.findFirst({
    where: { partnershipId },
    orderBy: { number: "desc" },
    select: {
      number: true,
      parties: true,
      signatures: { select: { partyId: true, signedAt: true, cancelledAt: true } },
    },
  });
  return v ? { number: v.number, parties: readFrozenParties(v.parties), signatures: v.signatures } : null;
}

export async function activationRefusalFor(tx: Prisma.TransactionClient, partnershipId: string) {
  const p = await tx.partnership.findUnique({ where: { id: partnershipId }, select: { requestId: true } });
  if (!p) return null;
  return activationRefusal({
    fromRequest: p.requestId !== null,
    latest: await latestVersion(tx, partnershipId),
  });
}

/** The partnership's signing state (NONE, FROZEN, OUT_FOR_SIGNING, SIGNED) and its latest version. */
export async function signingStateOf(db: Prisma.TransactionClient | Db, partnershipId: string) {
  const latest = await latestVersion(db, partnershipId);
  return { state: signingState(latest), number: latest?.number ?? null };
}

/** For the partnership page: its signing state. */
export async function partnershipSigningState(partnershipId: string) {
  return signingStateOf(await getDb(), partnershipId);
}
