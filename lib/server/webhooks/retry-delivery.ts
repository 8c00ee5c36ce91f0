import "server-only";
import { requeueFailed } from "../queue/claims";

/** Puts a failed delivery back in the queue for a full series of retries (lib/server/queue/claims.ts). Audited. */
export async function retryWebhookDelivery(id: string, userId: string): Promise<boolean> {
  return requeueFailed(
    { entity: "webhook", entityId: id, action: "delivery_retried" },
    userId,
    (tx, change) => tx.webhookDelivery.updateMany(change),
  );
}
