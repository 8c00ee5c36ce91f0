import "server-only";
import { legalHoldCommand, type LegalHoldCommand } from "@/lib/domain/retention";
import { recordAudit, staffActor } from "../audit/record";
import { getDb } from "../db/client";
import type { Result } from "@/lib/domain/result";

// Setting or clearing a legal hold on a case (lotsen or an administrator): while it is set,
// retention and erasure leave the case alone (rules.ts, lib/server/privacy/erasable.ts).

export type LegalHoldResult = Result<{ requestId: string; changed: boolean }, "notFound">;

export async function setLegalHold(command: LegalHoldCommand, userId: string): Promise<LegalHoldResult> {
  const { registrationNumber, hold, reason } = legalHoldCommand.parse(command);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const request = await tx.request.findFirst({
      where: { registrationNumber: { equals: registrationNumber, mode: "insensitive" } },
      select: { id: true },
    });
    if (!request) return { ok: false, code: "notFound" } as const;
    // Only a real change is written, so a double click records one event.
    const { count } = await tx.request.updateMany({
      where: { id: request.id, legalHold: !hold },
      data: { legalHold: hold },
    });
    if (count)
      await recordAudit(tx, {
        actor: staffActor(userId),
        entity: "request",
        entityId: request.id,
        action: hold ? "legal_hold_set" : "legal_hold_cleared",
        changes: { legalHold: { from: !hold, to: hold }, reason: { to: reason } },
      });
    return { ok: true, requestId: request.id, changed: count > 0 } as const;
  });
}

/** The cases under a legal hold, for the legal-hold page. */
export async function casesUnderLegalHold() {
  const db = await getDb();
  return db.request.findMany({
    where: { legalHold: true },
    select: { id: true, registrationNumber: true, subject: true },
    orderBy: { registrationNumber: "asc" },
  });
}
