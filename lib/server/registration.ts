import "server-only";
import { buildCaseEvent } from "@/lib/domain/case-events";
import { formatRegistrationNumber } from "@/lib/domain/registration-number";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Takes the next registration number for the year. Must run inside the transaction that registers
 * the request: the counter row stays locked until commit, and a rollback returns the number, so
 * the sequence has no gaps even when many requests arrive at once. Every other send of the year
 * waits for that lock, so take the number as the transaction's last step (see
 * writeRegistrationNumber).
 */
export async function nextRegistrationNumber(
  tx: Prisma.TransactionClient,
  prefix: string,
  year: number,
): Promise<string> {
  const rows = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO registration_counter (prefix, year, last) VALUES (${prefix}, ${year}, 1)
    ON CONFLICT (prefix, year) DO UPDATE SET last = registration_counter.last + 1
    RETURNING last`;
  return formatRegistrationNumber(prefix, year, rows[0]!.last);
}

/**
 * Writes the number taken last into what registering a request wrote before it: the request itself
 * and the mails queued for it (which carry `standIn` where the number goes), and records the
 * request's SUBMITTED event (events are append-only, so it is written here, once), and the bodies of
 * the webhook events queued for it (lib/server/webhooks/enqueue.ts; the stand-in is random, so only
 * this request's pending events carry it). One statement,
 * so the counter row's lock is held for two statements and the commit.
 */
export async function writeRegistrationNumber(
  tx: Prisma.TransactionClient,
  input: { requestId: string; standIn: string; number: string },
): Promise<void> {
  const { requestId, standIn, number } = input;
  // The webhook body is JSON: the number goes in as a JSON string's contents.
  const jsonNumber = JSON.stringify(number).slice(1, -1);
  const event = JSON.stringify(
    buildCaseEvent({ type: "SUBMITTED", data: { registrationNumber: number } }).data,
  );
  const rows = await tx.$queryRaw<{ id: string }[]>`
    WITH submitted AS (
      INSERT INTO case_event (request_id, type, data, actor_type, to_step)
      VALUES (${requestId}::uuid, 'SUBMITTED', ${event}::jsonb, 'APPLICANT', 'RECEIVED')
    ), mails AS (
      UPDATE outbox_email SET subject = replace(subject, ${standIn}, ${number}),
        text_body = replace(text_body, ${standIn}, ${number}),
        html_body = replace(html_body, ${standIn}, ${number})
      WHERE request_id = ${requestId}::uuid
        AND (strpos(subject, ${standIn}) > 0 OR strpos(text_body, ${standIn}) > 0)
    ), webhooks AS (
      UPDATE webhook_delivery SET body = replace(body, ${standIn}, ${jsonNumber})
      WHERE status = 'PENDING' AND strpos(body, ${standIn}) > 0
    )
    UPDATE request SET registration_number = ${number} WHERE id = ${requestId}::uuid RETURNING id::text`;
  if (rows.length !== 1) throw new Error("registering: the request to number is gone");
}
