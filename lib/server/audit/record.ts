import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { withoutPersonalValues, type AuditEntity, type FieldChanges } from "@/lib/domain/audit";
import type { Db } from "../db/client";
import { currentRequestId } from "./context";

export type AuditActor =
  | { type: "STAFF"; id: string }
  | { type: "APPLICANT" }
  | { type: "SYSTEM" }
  // A party's contact or signatory acting through their private link; the entity says which party.
  | { type: "PARTNER" };

export interface AuditEntry {
  actor: AuditActor;
  entity: AuditEntity;
  entityId: string;
  /** What happened, in lower_snake_case: "created", "updated", "role_granted", "reset", … */
  action: string;
  changes?: FieldChanges;
}

/** Appends one row to the audit trail. Call it with the transaction that makes the change. */
export async function recordAudit(tx: Prisma.TransactionClient | Db, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorType: entry.actor.type,
      actorId: entry.actor.type === "STAFF" ? entry.actor.id : null,
      entity: entry.entity,
      entityId: entry.entityId,
      action: entry.action,
      // Personal values never reach the trail, whichever verb writes it (lib/domain/audit.ts).
      changes: withoutPersonalValues(entry.entity, entry.changes ?? {}) as Prisma.InputJsonValue,
      requestId: currentRequestId() ?? null,
    },
  });
}

export const staffActor = (id: string): AuditActor => ({ type: "STAFF", id });
export const SYSTEM_ACTOR: AuditActor = { type: "SYSTEM" };

/** The staff member who records something, or null when the system or a partner does. */
export const recordedBy = (actor: AuditActor): string | null => (actor.type === "STAFF" ? actor.id : null);

/** Appends the audit row of a newly created entity, with its fields as changes from nothing. */
export function recordCreated(
  tx: Prisma.TransactionClient | Db,
  actor: AuditActor,
  entity: AuditEntity,
  entityId: string,
  changes: FieldChanges,
): Promise<void> {
  return recordAudit(tx, { actor, entity, entityId, action: "created", changes });
}
