import "server-only";
import { randomUUID } from "node:crypto";
import type { WebhookEndpointInput } from "@/lib/domain/webhooks";
import { recordAudit, staffActor } from "../audit/record";
import { getDb } from "../db/client";
import { newEndpointSecret } from "./secret";

/**
 * Adds an endpoint with a new secret, audited. The secret is returned for the one page that shows
 * it (new-secret-cookie.ts); only its sealed form is stored, and the audit row never holds it.
 */
export async function createWebhookEndpoint(
  input: WebhookEndpointInput,
  userId: string,
): Promise<{ id: string; secret: string }> {
  const db = await getDb();
  const id = randomUUID();
  const { secret, sealed } = newEndpointSecret(id);
  await db.$transaction(async (tx) => {
    await tx.webhookEndpoint.create({
      data: { id, url: input.url, events: input.events, active: input.active, secretSealed: sealed },
    });
    await recordAudit(tx, {
      actor: staffActor(userId),
      entity: "webhook",
      entityId: id,
      action: "created",
      changes: { url: { to: input.url }, events: { to: input.events }, active: { to: input.active } },
    });
  });
  return { id, secret };
}
