import "server-only";
import { randomUUID } from "node:crypto";
import { webhookBody, type WebhookEventData, type WebhookEventType } from "@/lib/domain/webhooks";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "../db/client";

// Events never leave from inside a request: one delivery row per active endpoint that subscribes
// to the type is written here, in the caller's transaction (so an event exists exactly when its
// change does), and lib/server/webhooks/deliver.ts sends them after commit, retrying on failure.

/** The active endpoints and the event types each receives. */
export type WebhookEndpoints = { id: string; events: string[] }[];

/**
 * Every active endpoint. Read once by a verb that queues several events (sending a request queues
 * one for the case and one per registered document) and handed to each enqueueWebhookEvent.
 */
export function activeWebhookEndpoints(db: Prisma.TransactionClient | Db): Promise<WebhookEndpoints> {
  // Few endpoints exist; filtering in code keeps the query free of array operators (both databases).
  return db.webhookEndpoint.findMany({ where: { active: true }, select: { id: true, events: true } });
}

/**
 * Queues `type` with `data` for every active endpoint subscribed to it (`endpoints` when the caller
 * has read them already, else read here). Returns the event id (shared by all its deliveries) and how
 * many deliveries were written.
 */
export async function enqueueWebhookEvent<T extends WebhookEventType>(
  tx: Prisma.TransactionClient | Db,
  type: T,
  data: WebhookEventData[T],
  occurredAt: Date = new Date(),
  endpoints?: WebhookEndpoints,
): Promise<{ eventId: string; deliveries: number }> {
  const eventId = randomUUID();
  const subscribed = (endpoints ?? (await activeWebhookEndpoints(tx))).filter((e) => e.events.includes(type));
  if (subscribed.length === 0) return { eventId, deliveries: 0 };
  const body = webhookBody({ id: eventId, type, occurredAt: occurredAt.toISOString(), data });
  await tx.webhookDelivery.createMany({
    data: subscribed.map((e) => ({ endpointId: e.id, eventId, eventType: type, body })),
  });
  return { eventId, deliveries: subscribed.length };
}
