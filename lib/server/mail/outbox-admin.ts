import "server-only";
import { isEmailKind, type EmailKind } from "@/lib/domain/email-kinds";
import { recordAudit, staffActor } from "../audit/record";
import { getDb } from "../db/client";
import { logger } from "../log";

// What administrators see of the outbox: mail that failed for good, and mail waiting to be retried
// after an error. Addresses are masked (the administrator needs to tell mails apart, not read
// them) and the stored error has had addresses removed when it was written (deliver.ts).

const LIMIT = 200;

/** a***@example.se: the first character of the local part and the whole domain. */
export function maskAddress(address: string): string {
  const at = address.lastIndexOf("@");
  if (at < 1) return "***";
  return `${address[0]}***${address.slice(at)}`;
}

export interface OutboxProblem {
  id: string;
  kind: EmailKind | null;
  caseNumber: string | null;
  recipient: string;
  status: "PENDING" | "FAILED" | "SENDING";
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  nextAttemptAt: Date | null;
}

export async function listOutboxProblems(): Promise<OutboxProblem[]> {
  const db = await getDb();
  const rows = await db.outboxEmail.findMany({
    where: {
      OR: [{ status: "FAILED" }, { status: { in: ["PENDING", "SENDING"] }, attempts: { gt: 0 } }],
    },
    select: {
      id: true,
      kind: true,
      toAddress: true,
      status: true,
      attempts: true,
      lastError: true,
      createdAt: true,
      nextAttemptAt: true,
      request: { select: { registrationNumber: true } },
    },
    orderBy: { createdAt: "desc" },
    take: LIMIT,
  });
  // Failed first: they need a person; the others are still being retried on their own.
  return rows
    .map((r) => ({
      id: r.id,
      kind: isEmailKind(r.kind) ? r.kind : null,
      caseNumber: r.request?.registrationNumber ?? null,
      recipient: maskAddress(r.toAddress),
      status: r.status as OutboxProblem["status"],
      attempts: r.attempts,
      lastError: r.lastError,
      createdAt: r.createdAt,
      nextAttemptAt: r.status === "FAILED" ? null : r.nextAttemptAt,
    }))
    .sort((a, b) => Number(b.status === "FAILED") - Number(a.status === "FAILED"));
}

/**
 * Puts a failed mail back in the queue with its attempts cleared, so it gets the full series of
 * retries again. Only a FAILED row changes (a second click, or a mail already retried, does nothing).
 */
export async function retryOutboxMail(id: string, userId: string): Promise<boolean> {
  const db = await getDb();
  const retried = await db.$transaction(async (tx) => {
    const updated = await tx.outboxEmail.updateMany({
      where: { id, status: "FAILED" },
      data: { status: "PENDING", attempts: 0, nextAttemptAt: new Date(), lockedUntil: null },
    });
    if (updated.count !== 1) return false;
    await recordAudit(tx, {
      actor: staffActor(userId),
      entity: "outbox_email",
      entityId: id,
      action: "retried",
      changes: { status: { from: "FAILED", to: "PENDING" } },
    });
    return true;
  });
  if (!retried) return false;
  logger.info(
    { event: "outbox-retry", outboxId: id, userId },
    "failed mail queued again by an administrator",
  );
  return true;
}
