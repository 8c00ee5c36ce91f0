import "server-only";
import { readFrozenParties, signingState } from "@/lib/domain/agreement-signing";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb, type Db } from "../db/client";

// The signing facts of a partnership: its latest frozen version and that version's signatures. The
// activation gate (lib/domain/partnership-lifecycle.ts, through lib/server/partnerships/lifecycle-facts.ts)
// and the partnership page read them here.

/** The latest frozen agreement version with its parties and signatures, or null before any freeze. */
export async function latestVersion(db: Prisma.TransactionClient | Db, partnershipId: string) {
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

/** The partnership's signing state (NONE, FROZEN, OUT_FOR_SIGNING, SIGNED) and its latest version. */
export async function signingStateOf(db: Prisma.TransactionClient | Db, partnershipId: string) {
  const latest = await latestVersion(db, partnershipId);
  return { state: signingState(latest), number: latest?.number ?? null };
}

/** For the partnership page: its signing state. */
export async function partnershipSigningState(partnershipId: string) {
  return signingStateOf(await getDb(), partnershipId);
}
