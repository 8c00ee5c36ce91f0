import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "../db/client";

type Client = Prisma.TransactionClient | Db;

// When personal data in a case may not be erased. The line (README, "Records management and data
// protection"): a decision granting a request is archived (arkivlagen; the municipality's
// document management plan keeps decisions on public funds), and so is a partnership that has left
// its draft or has an agreement version frozen. Declined, withdrawn and closed requests, answered
// questions and drafts carry no such duty once their retention time has passed.

export type ErasureRefusal = "notFound" | "archiveDuty" | "legalHold" | "open";

/** Selects what tells whether a case's personal data has been erased: read it with `wasErased`. */
export const ERASURE_EVENTS = {
  _count: { select: { events: { where: { type: "PERSONAL_DATA_ERASED" as const } } } },
} as const;

export const wasErased = (row: { _count: { events: number } }) => row._count.events > 0;

/** What the data protection officer's pages show of a case, and whether it was erased. */
export const CASE_FACTS = {
  id: true,
  registrationNumber: true,
  status: true,
  outcome: true,
  receivedAt: true,
  ...ERASURE_EVENTS,
} as const;

/** Why the request's personal data may not be erased now, or null when it may. */
export async function erasureRefusal(tx: Client, requestId: string): Promise<ErasureRefusal | null> {
  const request = await tx.request.findUnique({ where: { id: requestId }, select: { status: true } });
  if (!request) return "notFound";
  // A case still being handled needs its data; the applicant may withdraw it first.
  if (request.status === "OPEN") return "open";
  if (await underLegalHold(tx, requestId)) return "legalHold";
  if (await archiveDuty(tx, requestId)) return "archiveDuty";
  return null;
}

/** True when the request's decision or partnership must be kept for the archive. */
async function archiveDuty(tx: Client, requestId: string): Promise<boolean> {
  const request = await tx.request.findUnique({
    where: { id: requestId },
    select: {
      outcome: true,
      partnership: { select: { status: true, _count: { select: { agreementVersions: true } } } },
    },
  });
  if (!request) return false;
  if (request.outcome === "GRANTED") return true;
  const p = request.partnership;
  return !!p && (p.status !== "DRAFT" || p._count.agreementVersions > 0);
}

/** A case under a legal hold (request.legal_hold) is never erased, by the data protection officer or by retention. */
export async function underLegalHold(tx: Client, requestId: string): Promise<boolean> {
  const request = await tx.request.findUnique({ where: { id: requestId }, select: { legalHold: true } });
  return request?.legalHold ?? false;
}
