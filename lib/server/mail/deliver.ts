import "server-only";
import type { Transporter } from "nodemailer";
import { redactLinks } from "@/lib/domain/bearer-links";
import type { OutboxStatus } from "@/lib/generated/prisma/client";
import type { Db } from "../db/client";
import { env } from "../env";
import { logger } from "../log";

// With the 1-hour cap on the backoff, 20 attempts ride out about 13 hours of SMTP trouble.
export const MAX_ATTEMPTS = 20;
const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 60 * 60_000;
// Config problems (wrong password) are not the message's fault: retry once someone fixes SMTP_URL.
const CONFIG_ERROR_CODES = new Set(["EAUTH", "ENOAUTH"]);

interface ClaimedRow {
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

/** Retry delay after the given (1-based) attempt: 30 s, 1 min, 2 min, … capped at one hour, plus up to 10 % jitter. */
export function retryDelayMs(attempts: number): number {
  const base = BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1);
  return Math.round(Math.min(base * (1 + Math.random() * 0.1), MAX_DELAY_MS));
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

/**
 * Sends due outbox mail. Rows are claimed in one statement (FOR UPDATE SKIP LOCKED), so any number
 * of instances can run this at once without sending a mail twice. A claim lasts two minutes; a
 * claim left behind by a crashed instance is taken over after that (at-least-once delivery).
 * `now` replaces the database clock, for tests.
 */
export async function deliverDueEmails(
  db: Db,
  transport: Transporter,
  opts: { limit?: number; from?: string; now?: Date } = {},
): Promise<DeliveryResult> {
  const limit = opts.limit ?? 20;
  const from = opts.from ?? env().MAIL_FROM;
  const at = opts.now ?? null;
  const result: DeliveryResult = { sent: 0, retried: 0, failed: 0 };

  const rows = await db.$queryRaw<ClaimedRow[]>`
    UPDATE outbox_email
       SET status = 'SENDING',
           locked_until = COALESCE(${at}::timestamptz, now()) + interval '2 minutes',
           attempts = attempts + 1
     WHERE id IN (
       SELECT id FROM outbox_email
        WHERE (status = 'PENDING' AND next_attempt_at <= COALESCE(${at}::timestamptz, now()))
           OR (status = 'SENDING' AND locked_until < COALESCE(${at}::timestamptz, now()))
        ORDER BY created_at
        LIMIT ${limit}::integer
        FOR UPDATE SKIP LOCKED)
    RETURNING id, to_address, subject, text_body, html_body, attachments, to_jsonb(bearer_links) AS bearer_links,
              attempts, created_at`;
  rows.sort((a, b) => a.created_at.getTime() - b.created_at.getTime());

  for (const row of rows) {
    // `attempts` identifies our claim: a takeover by another instance increments it. Renewing the
    // claim before each send keeps a slow batch from outliving it and being sent twice.
    const stillOurs = await db.$executeRaw`
      UPDATE outbox_email SET locked_until = COALESCE(${at}::timestamptz, now()) + interval '2 minutes'
       WHERE id = ${row.id}::uuid AND status = 'SENDING' AND attempts = ${row.attempts}::integer`;
    if (stillOurs === 0) continue;

    try {
      await transport.sendMail({
        from,
        to: row.to_address,
        subject: row.subject,
        text: row.text_body,
        html: row.html_body ?? undefined,
        attachments: parseJsonList<StoredAttachment>(row.attachments).map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          content: a.contentBase64,
          encoding: "base64",
        })),
      });
    } catch (caught) {
      const error = caught as SmtpError;
      const rejected = (error.responseCode ?? 0) >= 500 && !CONFIG_ERROR_CODES.has(error.code ?? "");
      const giveUp = rejected || row.attempts >= MAX_ATTEMPTS;
      const lastError = errorText(error, row.to_address);
      if (giveUp) {
        await db.$executeRaw`
          UPDATE outbox_email SET status = 'FAILED', locked_until = NULL, last_error = ${lastError}
           WHERE id = ${row.id}::uuid AND status = 'SENDING' AND attempts = ${row.attempts}::integer`;
        result.failed++;
      } else {
        const delayMs = retryDelayMs(row.attempts);
        await db.$executeRaw`
          UPDATE outbox_email
             SET status = 'PENDING', locked_until = NULL, last_error = ${lastError},
                 next_attempt_at = COALESCE(${at}::timestamptz, now()) + ${delayMs}::integer * interval '1 millisecond'
           WHERE id = ${row.id}::uuid AND status = 'SENDING' AND attempts = ${row.attempts}::integer`;
        result.retried++;
      }
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
      continue;
    }

    // Sent: the bearer links have done their job and leave the database (a mail that failed or
    // waits for a retry keeps them, it still has to reach the recipient).
    const links = parseJsonList<string>(row.bearer_links);
    const textBody = redactLinks(row.text_body, links);
    const htmlBody = row.html_body === null ? null : redactLinks(row.html_body, links);
    await db.$executeRaw`
      UPDATE outbox_email SET status = 'SENT', sent_at = COALESCE(${at}::timestamptz, now()), locked_until = NULL,
                              text_body = ${textBody}, html_body = ${htmlBody}, bearer_links = '{}'
       WHERE id = ${row.id}::uuid AND status = 'SENDING' AND attempts = ${row.attempts}::integer`;
    result.sent++;
    logger.debug({ outboxId: row.id, attempts: row.attempts }, "outbox mail sent");
  }

  if (rows.length) logger.info({ claimed: rows.length, ...result }, "outbox delivery run");
  return result;
}

/** Number of outbox rows per status, for dashboards and health checks. */
export async function outboxCounts(db: Db): Promise<Record<OutboxStatus, number>> {
  const groups = await db.outboxEmail.groupBy({ by: ["status"], _count: { _all: true } });
  const counts: Record<OutboxStatus, number> = { PENDING: 0, SENDING: 0, SENT: 0, FAILED: 0 };
  for (const group of groups) counts[group.status] = group._count._all;
  return counts;
}
