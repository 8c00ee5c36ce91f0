import "server-only";
import { changedFields } from "@/lib/domain/audit";
import type { WebhookEndpointInput } from "@/lib/domain/webhooks";
import { recordAudit, staffActor } from "../audit/record";
import { getDb } from "../db/client";

/** Changes an endpoint's address, events or active state; audited with what changed. False if gone. */
export async function updateWebhookEndpoint(
  id: string,
  input: WebhookEndpointInput,
  userId: string,
): Promise<boolean> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const before = await tx.webhookEndpoint.findUnique({
      where: { id },
      select: { url: true, events: true, active: true },
    });
    if (!before) return false;
    const after = { url: input.url, events: input.events, active: input.active };
    const changes = changedFields(before, after);
    if (Object.keys(changes).length === 0) return true;
    await tx.webhookEndpoint.update({ where: { id }, data: after });
    await recordAudit(tx, {
      actor: staffActor(userId),
      entity: "webhook",
      entityId: id,
      action: "updated",
      changes,
    });
    return true;
  });
}
