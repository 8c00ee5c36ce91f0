import "server-only";
import type { Transporter } from "nodemailer";
import { redactLinks } from "@/lib/domain/bearer-links";
import type { OutboxStatus } from "@/lib/generated/prisma/client";
import type { Db } from "../db/client";
import { env } from "../env";
import { logger } from "../log";
import { claimDue, settleFailure, stillOurs } from "../queue/claims";
import { DEFAULT_LEASE, holdLease, type LeaseTiming } from "./lease";

// With the 1-hour cap on the backoff (lib/server/queue/claims.ts), 20 attempts ride out about 13
// hours of SMTP trouble.
export const MAX_ATTEMPTS = 20;
// Config problems (wrong password) are not the message's fault: retry once someone fixes SMTP_URL.
const CONFIG_ERROR_CODES = new Set(["EAUTH", "ENOAUTH"]);

export interface ClaimedRow {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  attachments: unknown;
  bearer_links: unknown;
  attempts: number;
  created_at: Date;
}

interface StoredAttachment {
  filename: string;
  contentType: string;
  contentBase64: string;
}

interface SmtpError {
  code?: string;
  responseCode?: number;
  response?: string;
  message?: string;
}

export interface DeliveryResult {
  sent: number;
  retried: number;
  failed: number;
}

// JSON columns come back parsed from PostgreSQL and as text from the embedded database.
function parseJsonList<T>(value: unknown): T[] {
  const list: unknown = typeof value === "string" ? JSON.parse(value) : value;
  return Array.isArray(list) ? (list as T[]) : [];
}

// The stored error must not carry personal data: servers like to echo the recipient address.
function errorText(error: SmtpError, recipient: string): string {
  const text = error.response ?? error.message ?? String(error);
  return text
    .replaceAll(recipient, "[recipient]")
    .replace(/[^\s<>"'@,;:]+@[^\s<>"'@,;:]+/g, "[address]")
    .slice(0, 1000);
}

/** The Message-ID of an outbox row: the same for every attempt, so a receiver drops a second copy. */
export function outboxMessageId(rowId: string, baseUrl = env().PUBLIC_BASE_URL): string {
  return `<${rowId}@${new URL(baseUrl).hostname}>`;
}

/**
 * Sends due outbox mail. Rows are claimed in one statement (FOR UPDATE SKIP LOCKED), so any number
 * of instances can run this at once without sending a mail twice. A claim is a short lease
 * (lib/server/mail/lease.ts) renewed while this run lives, so a claim left behind by a killed
 * instance is taken over within about half a minute (at-least-once delivery; the stable Message-ID
 * lets the receiving side drop the copy). `now` replaces the database clock, for tests.
 */
export async function deliverDueEmails(
  db: Db,
  transport: Transporter,
  opts: { limit?: number; from?: string; now?: Date; lease?: LeaseTiming } = {},
): Promise<DeliveryResult> {
  const from = opts.from ?? env().MAIL_FROM;
  const at = opts.now ?? null;
  const timing = opts.lease ?? DEFAULT_LEASE;
  const result: DeliveryResult = { sent: 0, retried: 0, failed: 0 };

  const rows = await claimDueEmails(db, { limit: opts.limit ?? 20, now: opts.now, leaseMs: timing.leaseMs });
  const lease = holdLease(db, rows, { ...timing, now: opts.now });
  try {
    for (const row of rows) {
      // `attempts` identifies our claim: a takeover by another instance increments it.
      if (!(await lease.renew(row))) continue;
      const outcome = await sendOne(db, transport, row, from, at);
      result[outcome]++;
    }
  } finally {
    lease.release();
  }
  if (rows.length) logger.info({ claimed: rows.length, ...result }, "outbox delivery run");
  return result;
}

/** Claims up to `limit` due rows (pending and due, or left behind by a claim whose lease ran out). */
export async function claimDueEmails(
  db: Db,
  opts: { limit: number; now?: Date; leaseMs?: number },
): Promise<ClaimedRow[]> {
  return claimDue<ClaimedRow>(db, "outbox_email", {
    limit: opts.limit,
    leaseMs: opts.leaseMs ?? DEFAULT_LEASE.leaseMs,
    at: opts.now ?? null,
    returning:
      "id, to_address, subject, text_body, html_body, attachments, to_jsonb(bearer_links) AS bearer_links, attempts, created_at",
  });
}

/** The message nodemailer sends for a row: always the same, whichever attempt sends it. */
export function outboxMessage(row: ClaimedRow, from: string) {
  return {
    from,
    to: row.to_address,
    subject: row.subject,
    text: row.text_body,
    html: row.html_body ?? undefined,
    messageId: outboxMessageId(row.id),
    attachments: parseJsonList<StoredAttachment>(row.attachments).map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      content: a.contentBase64,
      encoding: "base64",
    })),
  };
}

async function sendOne(
  db: Db,
  transport: Transporter,
  row: ClaimedRow,
  from: string,
  at: Date | null,
): Promise<keyof DeliveryResult> {
  try {
    await transport.sendMail(outboxMessage(row, from));
  } catch (caught) {
    const error = caught as SmtpError;
    const rejected = (error.responseCode ?? 0) >= 500 && !CONFIG_ERROR_CODES.has(error.code ?? "");
    const giveUp = rejected || row.attempts >= MAX_ATTEMPTS;
    await settleFailure(db, "outbox_email", row, { error: errorText(error, row.to_address), giveUp, at });
    logger.warn(
      {
        outboxId: row.id,
        attempts: row.attempts,
        code: error.code,
        responseCode: error.responseCode,
        giveUp,
      },
      giveUp ? "outbox mail failed permanently" : "outbox mail failed, will retry",
    );
    return giveUp ? "failed" : "retried";
  }
  // Sent: the bearer links have done their job and leave the database (a mail that failed or waits
  // for a retry keeps them, it still has to reach the recipient).
  const links = parseJsonList<string>(row.bearer_links);
  const textBody = redactLinks(row.text_body, links);
  const htmlBody = row.html_body === null ? null : redactLinks(row.html_body, links);
  await db.$executeRaw`
    UPDATE outbox_email SET status = 'SENT', sent_at = COALESCE(${at}::timestamptz, now()), locked_until = NULL,
                            text_body = ${textBody}, html_body = ${htmlBody}, bearer_links = '{}'
     WHERE ${stillOurs(row)}`;
  logger.debug({ outboxId: row.id, attempts: row.attempts }, "outbox mail sent");
  return "sent";
}

/** Number of outbox rows per status, for dashboards and health checks. */
export async function outboxCounts(db: Db): Promise<Record<OutboxStatus, number>> {
  const groups = await db.outboxEmail.groupBy({ by: ["status"], _count: { _all: true } });
  const counts: Record<OutboxStatus, number> = { PENDING: 0, SENDING: 0, SENT: 0, FAILED: 0 };
  for (const group of groups) counts[group.status] = group._count._all;
  return counts;
}
