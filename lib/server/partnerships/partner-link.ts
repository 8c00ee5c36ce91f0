import "server-only";
import { createTranslator } from "next-intl";
import { partnerLinkExpiry } from "@/lib/domain/partner-report";
import { isUuid } from "@/lib/domain/ids";
import { fail, ok, type Result } from "@/lib/domain/result";
import type { Prisma } from "@/lib/generated/prisma/client";
import { en, sv } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { recordAudit, SYSTEM_ACTOR, type AuditActor } from "../audit/record";
import { getDb } from "../db/client";
import { env } from "../env";
import { hashToken, looksLikeToken, newToken } from "../intake/tokens";
import { logger } from "../log";
import { enqueueEmail } from "../mail/outbox";
import { kickOutbox } from "../mail/worker";
import { getSettings } from "../settings";
import { absoluteUrl, pagePath } from "../urls";

// The private link of a civil-society party's contact to their partnership page. Same rules as the
// applicant's status link (lib/server/intake/tokens.ts): a random token, only its SHA-256 kept, one
// live link per party (a new one replaces the old), and an end: partnerLinkExpiry in
// lib/domain/partner-report.ts (the agreement's end plus STATUS_LINK_DAYS_AFTER_END days).

export const partnerUrl = (locale: Locale, token: string) =>
  absoluteUrl(pagePath(locale, { pathname: "/samarbete/[token]", params: { token } }));

export type LinkResult = Result<object, "notFound" | "noContact" | "notCivilSociety">;

async function issue(
  tx: Prisma.TransactionClient,
  actor: AuditActor,
  party: {
    id: string;
    contactEmail: string;
    partnership: { title: string; endDate: Date | null; endYear: number | null };
  },
  locale: Locale,
  municipality: string,
  action: "sent" | "renewed_on_request",
): Promise<void> {
  const token = newToken();
  const now = new Date();
  const expiresAt = partnerLinkExpiry(party.partnership, env().STATUS_LINK_DAYS_AFTER_END, now);
  const data = { tokenHash: hashToken(token), expiresAt, createdAt: now };
  const link = await tx.partnerLink.upsert({
    where: { partyId: party.id },
    create: { partyId: party.id, ...data },
    update: data,
    select: { id: true },
  });
  const url = partnerUrl(locale, token);
  const t = createTranslator({ locale, messages: locale === "en" ? en : sv, namespace: "partner.mail" });
  const date = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "sv-SE", {
    dateStyle: "long",
    timeZone: "Europe/Stockholm",
  }).format(expiresAt);
  await enqueueEmail(tx, {
    to: party.contactEmail,
    subject: t("linkSubject", { title: party.partnership.title }),
    text: t("linkText", { title: party.partnership.title, link: url, date, municipality }),
    bearerLinks: [url],
  });
  await recordAudit(tx, {
    actor,
    entity: "partner_link",
    entityId: link.id,
    action,
    changes: { partyId: { to: party.id }, expiresAt: { to: expiresAt.toISOString() } },
  });
}

/** Staff send (or send again) the party's contact a fresh link; the previous link stops working. */
export async function sendPartnerLink(
  actor: AuditActor,
  command: { partnershipId: string; partyId: string; locale: Locale },
): Promise<LinkResult> {
  if (!isUuid(command.partyId)) return fail("notFound");
  const db = await getDb();
  const party = await db.partnershipParty.findFirst({
    where: { id: command.partyId, partnershipId: command.partnershipId },
    select: {
      id: true,
      side: true,
      contactEmail: true,
      partnership: { select: { title: true, endDate: true, endYear: true } },
    },
  });
  if (!party) return fail("notFound");
  if (party.side !== "CIVIL_SOCIETY") return fail("notCivilSociety");
  if (!party.contactEmail) return fail("noContact");
  const { municipalityName } = await getSettings();
  const contactEmail = party.contactEmail;
  await db.$transaction((tx) =>
    issue(tx, actor, { ...party, contactEmail }, command.locale, municipalityName, "sent"),
  );
  kickOutbox();
  logger.info({ event: "partner-link-sent", partyId: party.id }, "partner link sent");
  return ok();
}

/**
 * "I lost my link": a fresh link to each party whose contact address this is and whose link would
 * still work. The caller answers the same whatever is found.
 */
export async function renewPartnerLinks(email: string, locale: Locale, now = new Date()): Promise<number> {
  const db = await getDb();
  const address = email.trim().toLowerCase();
  // Raw SQL for a case-insensitive match that treats every character of the address literally.
  const ids = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM partnership_party
     WHERE side = 'CIVIL_SOCIETY' AND lower(contact_email) = ${address} LIMIT 10`;
  const parties = await db.partnershipParty.findMany({
    where: { id: { in: ids.map((r) => r.id) }, partnership: { status: { not: "DRAFT" } } },
    select: {
      id: true,
      contactEmail: true,
      partnership: { select: { title: true, endDate: true, endYear: true } },
    },
  });
  const days = env().STATUS_LINK_DAYS_AFTER_END;
  const { municipalityName } = await getSettings();
  let renewed = 0;
  for (const party of parties) {
    if (partnerLinkExpiry(party.partnership, days, now) <= now) continue; // it would not open
    await db.$transaction((tx) =>
      issue(
        tx,
        SYSTEM_ACTOR,
        { ...party, contactEmail: party.contactEmail! },
        locale,
        municipalityName,
        "renewed_on_request",
      ),
    );
    renewed++;
  }
  if (renewed) kickOutbox();
  return renewed;
}

export type PartnerAccess =
  | { state: "open"; partyId: string; partnershipId: string }
  | { state: "expired"; expiresAt: Date }
  | { state: "unknown" };

/** What a partner link opens: its party, or (after its end) only the explanation that it expired. */
export async function partnerLinkAccess(token: string, now = new Date()): Promise<PartnerAccess> {
  if (!looksLikeToken(token)) return { state: "unknown" };
  const db = await getDb();
  const link = await db.partnerLink.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { expiresAt: true, party: { select: { id: true, side: true, partnershipId: true } } },
  });
  if (!link || link.party.side !== "CIVIL_SOCIETY") return { state: "unknown" };
  if (link.expiresAt <= now) return { state: "expired", expiresAt: link.expiresAt };
  return { state: "open", partyId: link.party.id, partnershipId: link.party.partnershipId };
}
