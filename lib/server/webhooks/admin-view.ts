import "server-only";
import { isWebhookEventType, type WebhookEventType } from "@/lib/domain/webhooks";
import { getDb } from "../db/client";

// What administrators see: the endpoints (never their secrets) and recent deliveries, failed first.

const DELIVERY_LIMIT = 100;

export interface WebhookEndpointView {
  id: string;
  url: string;
  events: WebhookEventType[];
  active: boolean;
  createdAt: Date;
}

export interface WebhookDeliveryView {
  id: string;
  eventId: string;
  eventType: string;
  endpointUrl: string;
  status: "PENDING" | "SENDING" | "SENT" | "FAILED";
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  nextAttemptAt: Date | null;
  deliveredAt: Date | null;
}

export async function listWebhookEndpoints(): Promise<WebhookEndpointView[]> {
  const db = await getDb();
  const rows = await db.webhookEndpoint.findMany({
    select: { id: true, url: true, events: true, active: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((r) => ({ ...r, events: r.events.filter(isWebhookEventType) }));
}

export async function listWebhookDeliveries(): Promise<WebhookDeliveryView[]> {
  const db = await getDb();
  const select = {
    id: true,
    eventId: true,
    eventType: true,
    status: true,
    attempts: true,
    lastError: true,
    createdAt: true,
    nextAttemptAt: true,
    deliveredAt: true,
    endpoint: { select: { url: true } },
  } as const;
  // Failed ones first, however old: they need a person. Then the latest of the rest.
  const failed = await db.webhookDelivery.findMany({
    where: { status: "FAILED" },
    select,
    orderBy: { createdAt: "desc" },
    take: DELIVERY_LIMIT,
  });
  const recent = await db.webhookDelivery.findMany({
    where: { status: { not: "FAILED" } },
    select,
    orderBy: { createdAt: "desc" },
    take: DELIVERY_LIMIT,
  });
  return [...failed, ...recent].map(({ endpoint, ...r }) => ({
    ...r,
    endpointUrl: endpoint.url,
    nextAttemptAt: r.status === "PENDING" ? r.nextAttemptAt : null,
  }));
}
