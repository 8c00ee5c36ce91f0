import "server-only";
import { isEmailKind, type EmailKind } from "@/lib/domain/email-kinds";
import { getDb } from "../db/client";
import { logger } from "../log";
import { requeueFailed } from "../queue/claims";

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

/** Puts a failed mail back in the queue for a full series of retries (lib/server/queue/claims.ts). Audited. */
export async function retryOutboxMail(id: string, userId: string): Promise<boolean> {
  const retried = await requeueFailed(
    { entity: "outbox_email", entityId: id, action: "retried" },
    userId,
    (tx, change) => tx.outboxEmail.updateMany(change),
  );
  if (!retried) return false;
  logger.info(
    { event: "outbox-retry", outboxId: id, userId },
    "failed mail queued again by an administrator",
  );
  return true;
}
