import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit, staffActor, type AuditEntry } from "../audit/record";
import { getDb, type Db } from "../db/client";

// The rules the two queues share, the mail outbox (lib/server/mail/deliver.ts) and the webhook
// deliveries (lib/server/webhooks/deliver.ts): a run claims rows by setting them SENDING with a
// lease and raising `attempts`; the pair (id, attempts) then names that claim, so a row taken over
// by another instance (which raised `attempts` again) is never settled by the run that lost it.

export type QueueTable = "outbox_email" | "webhook_delivery";

export interface Claim {
  id: string;
  attempts: number;
}

const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 60 * 60_000;

/** Retry delay after the given (1-based) attempt: 30 s, 1 min, 2 min, … capped at one hour, plus up to 10 % jitter. */
export function retryDelayMs(attempts: number): number {
  const base = BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1);
  return Math.round(Math.min(base * (1 + Math.random() * 0.1), MAX_DELAY_MS));
}

/** `ms` after `at`, or after the database clock when `at` is null (tests pass their own time). */
export function later(at: Date | null, ms: number): Prisma.Sql {
  return Prisma.sql`COALESCE(${at}::timestamptz, now()) + ${ms}::integer * interval '1 millisecond'`;
}

/** The WHERE of an update that only a run still holding the claim may make. */
export function stillOurs(claim: Claim): Prisma.Sql {
  return Prisma.sql`id = ${claim.id}::uuid AND status = 'SENDING' AND attempts = ${claim.attempts}::integer`;
}

/**
 * Claims up to `limit` due rows in one statement: PENDING and due, or SENDING with a lease run out
 * (left behind by a killed instance). FOR UPDATE SKIP LOCKED keeps two instances from claiming the
 * same row. `onlyIf` narrows the rows further; the rows come back oldest first.
 */
export async function claimDue<T extends Claim & { created_at: Date }>(
  db: Db,
  table: QueueTable,
  opts: { limit: number; leaseMs: number; at: Date | null; returning: string; onlyIf?: Prisma.Sql },
): Promise<T[]> {
  const { at } = opts;
  const rows = await db.$queryRaw<T[]>`
    UPDATE ${Prisma.raw(table)}
       SET status = 'SENDING',
           locked_until = ${later(at, opts.leaseMs)},
           attempts = attempts + 1
     WHERE id IN (
       SELECT id FROM ${Prisma.raw(table)}
        WHERE ((status = 'PENDING' AND next_attempt_at <= COALESCE(${at}::timestamptz, now()))
            OR (status = 'SENDING' AND locked_until < COALESCE(${at}::timestamptz, now())))
          AND ${opts.onlyIf ?? Prisma.sql`TRUE`}
        ORDER BY created_at
        LIMIT ${opts.limit}::integer
        FOR UPDATE SKIP LOCKED)
    RETURNING ${Prisma.raw(opts.returning)}`;
  return rows.sort((a, b) => a.created_at.getTime() - b.created_at.getTime());
}

/** Extends one claim's lease; false when it is no longer ours (taken over, or done). */
export async function renewClaim(
  db: Db,
  table: QueueTable,
  claim: Claim,
  leaseMs: number,
  at: Date | null,
): Promise<boolean> {
  const count = await db.$executeRaw`
    UPDATE ${Prisma.raw(table)} SET locked_until = ${later(at, leaseMs)} WHERE ${stillOurs(claim)}`;
  return count === 1;
}

/** A failed attempt: FAILED for good when `giveUp`, else PENDING again after the backoff. */
export async function settleFailure(
  db: Db,
  table: QueueTable,
  claim: Claim,
  failure: { error: string; giveUp: boolean; at: Date | null },
): Promise<void> {
  const { error, at } = failure;
  await (failure.giveUp
    ? db.$executeRaw`
        UPDATE ${Prisma.raw(table)} SET status = 'FAILED', locked_until = NULL, last_error = ${error}
         WHERE ${stillOurs(claim)}`
    : db.$executeRaw`
        UPDATE ${Prisma.raw(table)}
           SET status = 'PENDING', locked_until = NULL, last_error = ${error},
               next_attempt_at = ${later(at, retryDelayMs(claim.attempts))}
         WHERE ${stillOurs(claim)}`);
}

/** The change that puts a failed row back in the queue with a full series of retries. */
function requeue(id: string) {
  return {
    where: { id, status: "FAILED" as const },
    data: { status: "PENDING" as const, attempts: 0, nextAttemptAt: new Date(), lockedUntil: null },
  };
}

/**
 * Puts a failed row back in the queue with its attempts cleared, and audits that. Only a FAILED row
 * changes, so a second click (or a row already retried) does nothing.
 */
export async function requeueFailed(
  audit: Pick<AuditEntry, "entity" | "entityId" | "action">,
  userId: string,
  update: (tx: Prisma.TransactionClient, change: ReturnType<typeof requeue>) => Promise<{ count: number }>,
): Promise<boolean> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    if ((await update(tx, requeue(audit.entityId))).count !== 1) return false;
    await recordAudit(tx, {
      ...audit,
      actor: staffActor(userId),
      changes: { status: { from: "FAILED", to: "PENDING" } },
    });
    return true;
  });
}
