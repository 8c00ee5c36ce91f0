import "server-only";
import { buildCaseEvent } from "@/lib/domain/case-events";
import { statusLinkExpired } from "@/lib/domain/status-link";
import type { Locale } from "@/lib/i18n/routing";
import { getDb } from "../db/client";
import { env } from "../env";
import { logger } from "../log";
import { enqueueEmail } from "../mail/outbox";
import { statusLinkEmail } from "../mail/templates";
import { kickOutbox } from "../mail/worker";
import { getSettings } from "../settings";
import { statusUrl } from "../urls";
import { caseEndedAt } from "./status";
import { hashToken, newToken } from "./tokens";

// "I lost my link": a fresh status link goes to the contact address on the case, never to an
// address the asker types, and the old link stops working in the same transaction. The caller
// answers the same whatever is found, so the form reveals nothing about who has a case.

/** A sender rarely has more; more would make one form post mail a long list. */
const MAX_CASES = 10;

interface Found {
  id: string;
  status: "OPEN" | "ENDED";
  updated_at: Date;
  registration_number: string;
  language: string;
  email: string;
}

/** Renews the links of the cases with this contact address (and number, when given). Returns how many. */
export async function renewStatusLinks(input: { email: string; number?: string }): Promise<number> {
  const db = await getDb();
  const email = input.email.trim().toLowerCase();
  const number = input.number?.trim().replace(/\s+/g, " ") || null;
  // Raw SQL for a case-insensitive match that treats every character of the address literally.
  const found = await db.$queryRaw<Found[]>`
    SELECT r.id, r.status::text AS status, r.updated_at, r.registration_number, r.language, c.email
      FROM request r JOIN contact_person c ON c.id = r.contact_id
     WHERE lower(c.email) = ${email} AND r.status <> 'DRAFT'
       AND (${number}::text IS NULL OR upper(r.registration_number) = upper(${number}::text))
     ORDER BY r.received_at DESC
     LIMIT ${MAX_CASES}::integer`;
  const days = env().STATUS_LINK_DAYS_AFTER_END;
  const { municipalityName: municipality } = await getSettings();
  let renewed = 0;
  for (const row of found) {
    const endedAt = await caseEndedAt({ id: row.id, status: row.status, updatedAt: row.updated_at });
    if (statusLinkExpired({ status: row.status, endedAt }, days)) continue; // a new link would not open
    const token = newToken();
    const locale: Locale = row.language === "en" ? "en" : "sv";
    await db.$transaction(async (tx) => {
      await tx.request.update({ where: { id: row.id }, data: { accessTokenHash: hashToken(token) } });
      await tx.caseEvent.create({
        data: {
          requestId: row.id,
          ...buildCaseEvent({ type: "STATUS_LINK_RENEWED", data: {} }),
          actorType: "APPLICANT",
        },
      });
      const mail = statusLinkEmail("statusLinkRenewed", locale, {
        number: row.registration_number,
        statusUrl: statusUrl(locale, token),
        municipality,
      });
      await enqueueEmail(tx, { to: row.email, ...mail, requestId: row.id });
    });
    renewed++;
  }
  if (renewed) {
    kickOutbox();
    logger.info({ renewed }, "status links renewed");
  }
  return renewed;
}

/**
 * Renews in the background: the caller answers at once, so how long the answer takes tells nothing
 * about whether a case was found either. A server stopped in that instant sends nothing; asking
 * again does. A failure is logged without the address.
 */
export function renewStatusLinksLater(input: { email: string; number?: string }): void {
  renewStatusLinks(input).catch((error: unknown) =>
    logger.error({ err: error instanceof Error ? error.message : undefined }, "status link renewal failed"),
  );
}
