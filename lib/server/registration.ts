import "server-only";
import { buildCaseEvent } from "@/lib/domain/case-events";
import { formatRegistrationNumber } from "@/lib/domain/registration-number";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Takes the next registration number for the year. Must run inside the transaction that registers
 * the request: the counter row stays locked until commit, and a rollback returns the number, so
 * the sequence has no gaps even when many requests arrive at once. Every other send of the year
 * waits for that lock, so take the number as the transaction's last step (as numberRequest
 * does).
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
 * Takes the next registration number for the year and writes it into what registering a request
 * wrote before it with `standIn` where the number goes: the request itself, the mails queued for it
 * and the webhook events `webhookEventIds` (lib/server/webhooks/enqueue.ts), and records the
 * request's SUBMITTED event (events are append-only, so it is written here, once). One statement,
 * the registering transaction's last before its commit: the counter row, which every other send of
 * the year waits for, is locked for that statement and the commit only.
 *
 * The number is formatted in SQL as formatRegistrationNumber does (lib/domain/registration-number.ts;
 * tests/integration/database.test.ts holds the two together), so that no round trip to the server
 * falls between taking it and writing it.
 */
export async function numberRequest(
  tx: Prisma.TransactionClient,
  input: { requestId: string; prefix: string; year: number; standIn: string; webhookEventIds: string[] },
): Promise<string> {
  const { requestId, prefix, year, standIn, webhookEventIds } = input;
  // JSON (the event's data, the webhook bodies) takes the number as a JSON string's contents.
  const event = JSON.stringify(
    buildCaseEvent({ type: "SUBMITTED", data: { registrationNumber: standIn } }).data,
  );
  const webhooks = webhookEventIds.length
    ? Prisma.sql`, webhooks AS (
        UPDATE webhook_delivery SET body = replace(body, ${standIn}, n.json)
        FROM numbered n WHERE event_id IN (${Prisma.join(webhookEventIds.map((id) => Prisma.sql`${id}::uuid`))})
      )`
    : Prisma.empty;
  const rows = await tx.$queryRaw<{ number: string }[]>`
    WITH counter AS (
      INSERT INTO registration_counter (prefix, year, last) VALUES (${prefix}, ${year}, 1)
      ON CONFLICT (prefix, year) DO UPDATE SET last = registration_counter.last + 1
      RETURNING last
    ), formatted AS (
      SELECT ${prefix}::text || ' ' || ${year}::int::text || '/' || lpad(last::text, greatest(4, length(last::text)), '0')
        AS number FROM counter
    ), numbered AS (
      SELECT number, substr(to_json(number)::text, 2, length(to_json(number)::text) - 2) AS json FROM formatted
    ), submitted AS (
      INSERT INTO case_event (request_id, type, data, actor_type, to_step)
      SELECT ${requestId}::uuid, 'SUBMITTED', replace(${event}::text, ${standIn}::text, n.json)::jsonb, 'APPLICANT', 'RECEIVED'
      FROM numbered n
    ), mails AS (
      UPDATE outbox_email SET subject = replace(subject, ${standIn}, n.number),
        text_body = replace(text_body, ${standIn}, n.number),
        html_body = replace(html_body, ${standIn}, n.number)
      FROM numbered n
      WHERE request_id = ${requestId}::uuid
        AND (strpos(subject, ${standIn}) > 0 OR strpos(text_body, ${standIn}) > 0)
    )${webhooks}
    UPDATE request SET registration_number = n.number FROM numbered n
    WHERE id = ${requestId}::uuid RETURNING n.number`;
  if (rows.length !== 1) throw new Error("registering: the request to number is gone");
  return rows[0]!.number;
}
