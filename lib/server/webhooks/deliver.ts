import "server-only";
import {
  EVENT_ID_HEADER,
  EVENT_TYPE_HEADER,
  SIGNATURE_HEADER,
  signatureHeader,
} from "@/lib/domain/webhook-signature";
import { open } from "../auth/secret-box";
import type { Db } from "../db/client";
import { logger } from "../log";
import { Prisma } from "@/lib/generated/prisma/client";
import { claimDue, renewClaim, settleFailure, stillOurs } from "../queue/claims";
import { endpointSecretBinding } from "./secret";

// Delivery works like the mail outbox (lib/server/mail/deliver.ts): rows are claimed in one
// statement (FOR UPDATE SKIP LOCKED) with a lease, so any number of instances may run this and each
// delivery is attempted by one of them at a time. The lease is renewed just before each call and
// outlives the call's timeout, so a live claim is never taken over mid-call; a claim left by a killed
// instance is retaken once its lease runs out (at-least-once: receivers drop repeats by event id).

export const MAX_ATTEMPTS = 12;
export const DEFAULT_TIMEOUT_MS = 10_000;
const LEASE_MS = 60_000;

interface ClaimedDelivery {
  id: string;
  endpoint_id: string;
  event_id: string;
  event_type: string;
  body: string;
  attempts: number;
  created_at: Date;
}

export interface WebhookRunResult {
  delivered: number;
  retried: number;
  failed: number;
}

export interface WebhookRunOptions {
  limit?: number;
  /** Replaces the clock (database and signature), for tests. */
  now?: Date;
  timeoutMs?: number;
}

/** Sends due deliveries of active endpoints. */
export async function deliverDueWebhooks(db: Db, opts: WebhookRunOptions = {}): Promise<WebhookRunResult> {
  const at = opts.now ?? null;
  const result: WebhookRunResult = { delivered: 0, retried: 0, failed: 0 };
  const rows = await claimDue<ClaimedDelivery>(db, "webhook_delivery", {
    limit: opts.limit ?? 20,
    leaseMs: LEASE_MS,
    at,
    returning: "id, endpoint_id, event_id, event_type, body, attempts, created_at",
    // Deliveries of a paused endpoint wait in the queue until it is active again.
    onlyIf: Prisma.sql`EXISTS (SELECT 1 FROM webhook_endpoint e WHERE e.id = webhook_delivery.endpoint_id AND e.active)`,
  });
  if (rows.length === 0) return result;
  const endpoints = new Map(
    (
      await db.webhookEndpoint.findMany({
        where: { id: { in: [...new Set(rows.map((r) => r.endpoint_id))] } },
        select: { id: true, url: true, secretSealed: true },
      })
    ).map((e) => [e.id, e]),
  );
  for (const row of rows) {
    // `attempts` identifies our claim: a takeover by another instance increments it.
    if (!(await renewClaim(db, "webhook_delivery", row, LEASE_MS, at))) continue;
    const endpoint = endpoints.get(row.endpoint_id)!;
    const secret = open(endpoint.secretSealed, endpointSecretBinding(endpoint.id))?.toString("utf8");
    const error = secret
      ? await post(endpoint.url, row, secret, opts)
      : "the secret cannot be read (the server key changed): rotate the secret";
    result[await settle(db, row, error, at)]++;
  }
  logger.info({ claimed: rows.length, ...result }, "webhook delivery run");
  return result;
}

/** One HTTP call; null when the receiver answered 2xx, else a short error without any body. */
async function post(url: string, row: ClaimedDelivery, secret: string, opts: WebhookRunOptions) {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timestamp = Math.floor((opts.now ?? new Date()).getTime() / 1000);
  try {
    const response = await fetch(url, {
      method: "POST",
      // A redirect is an error: following it would send the signed body somewhere not configured.
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        "content-type": "application/json",
        "user-agent": "Lotsen-Webhooks/1",
        [SIGNATURE_HEADER]: signatureHeader(secret, timestamp, row.body),
        [EVENT_ID_HEADER]: row.event_id,
        [EVENT_TYPE_HEADER]: row.event_type,
      },
      body: row.body,
    });
    await response.body?.cancel().catch(() => {});
    if (response.status >= 200 && response.status < 300) return null;
    if (response.status >= 300 && response.status < 400)
      return `redirect (HTTP ${response.status}) not followed`;
    return `HTTP ${response.status}`;
  } catch (caught) {
    const error = caught as Error & { cause?: { code?: string; message?: string } };
    if (error.name === "TimeoutError") return `no answer within ${Math.round(timeoutMs / 1000)} s`;
    return `connection failed: ${error.cause?.code ?? error.cause?.message ?? error.message}`.slice(0, 500);
  }
}

async function settle(
  db: Db,
  row: ClaimedDelivery,
  error: string | null,
  at: Date | null,
): Promise<keyof WebhookRunResult> {
  if (error === null) {
    await db.$executeRaw`
      UPDATE webhook_delivery SET status = 'SENT', delivered_at = COALESCE(${at}::timestamptz, now()), locked_until = NULL
       WHERE ${stillOurs(row)}`;
    return "delivered";
  }
  const giveUp = row.attempts >= MAX_ATTEMPTS;
  await settleFailure(db, "webhook_delivery", row, { error, giveUp, at });
  logger.warn(
    { deliveryId: row.id, eventType: row.event_type, attempts: row.attempts, error, giveUp },
    giveUp ? "webhook delivery failed permanently" : "webhook delivery failed, will retry",
  );
  return giveUp ? "failed" : "retried";
}
