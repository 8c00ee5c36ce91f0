import "server-only";
import { recordAudit, staffActor } from "../audit/record";
import { getDb } from "../db/client";
import { newEndpointSecret } from "./secret";

/**
 * Gives an endpoint a new secret at once (deliveries from now on are signed with it) and returns it
 * for the page that shows it once; null if the endpoint is gone. Audited, without the secret.
 */
export async function rotateWebhookSecret(id: string, userId: string): Promise<{ secret: string } | null> {
  const db = await getDb();
  const { secret, sealed } = newEndpointSecret(id);
  const done = await db.$transaction(async (tx) => {
    const updated = await tx.webhookEndpoint.updateMany({ where: { id }, data: { secretSealed: sealed } });
    if (updated.count !== 1) return false;
    await recordAudit(tx, {
      actor: staffActor(userId),
      entity: "webhook",
      entityId: id,
      action: "secret_rotated",
    });
    return true;
  });
  return done ? { secret } : null;
}
