import "server-only";
import { recordAudit, staffActor } from "../audit/record";
import { getDb } from "../db/client";

/**
 * Puts a failed delivery back in the queue with its attempts cleared (a full series of retries
 * again). Only a FAILED row changes, so a second click does nothing. Audited.
 */
export async function retryWebhookDelivery(id: string, userId: string): Promise<boolean> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const updated = await tx.webhookDelivery.updateMany({
      where: { id, status: "FAILED" },
      data: { status: "PENDING", attempts: 0, nextAttemptAt: new Date(), lockedUntil: null },
    });
    if (updated.count !== 1) return false;
    await recordAudit(tx, {
      actor: staffActor(userId),
      entity: "webhook",
      entityId: id,
      action: "delivery_retried",
      changes: { status: { from: "FAILED", to: "PENDING" } },
    });
    return true;
  });
}
