import "server-only";
import { fieldErrors } from "@/lib/domain/field-errors";
import { createTranslator } from "next-intl";
import {
  readFrozenParties,
  signatorySchema,
  SIGNING_LINK_DAYS,
  type SignatoryInput,
} from "@/lib/domain/agreement-signing";
import { isUuid } from "@/lib/domain/ids";
import { en, sv } from "@/lib/i18n/messages";
import { recordAudit, staffActor } from "../audit/record";
import { getDb } from "../db/client";
import { env } from "../env";
import { hashToken, newToken } from "../intake/tokens";
import { logger } from "../log";
import { enqueueEmail } from "../mail/outbox";
import { absoluteUrl, pagePath } from "../urls";
import type { Result } from "@/lib/domain/result";

// Sending a frozen version to one party's signatory: staff name the person (name, role, address);
// they get a private link (a random token, only its SHA-256 stored) valid SIGNING_LINK_DAYS days.
// Sending again (a lost mail, another signatory) replaces the token: the old link stops working.

export type SendResult = Result<object, "notFound" | "notLatest" | "alreadySigned" | "invalid">;

export function signingUrl(locale: "sv" | "en", token: string): string {
  return absoluteUrl(pagePath(locale, { pathname: "/signera/[token]", params: { token } }));
}

export async function sendForSigning(
  actor: { userId: string },
  command: { partnershipId: string; number: number; input: Record<string, string> },
): Promise<SendResult> {
  const parsed = signatorySchema.safeParse(command.input);
  if (!parsed.success) return { ok: false, code: "invalid", errors: fieldErrors(parsed.error) };
  const s: SignatoryInput = parsed.data;
  if (!isUuid(command.partnershipId) || !Number.isInteger(command.number))
    return { ok: false, code: "notFound" };
  const db = await getDb();
  const token = newToken();
  const link = signingUrl(s.mailLocale, token);
  const result = await db.$transaction(async (tx): Promise<SendResult> => {
    const version = await tx.agreementVersion.findUnique({
      where: { partnershipId_number: { partnershipId: command.partnershipId, number: command.number } },
      select: { id: true, parties: true, partnership: { select: { title: true, municipality: true } } },
    });
    if (!version) return { ok: false, code: "notFound" };
    const newer = await tx.agreementVersion.count({
      where: { partnershipId: command.partnershipId, number: { gt: command.number } },
    });
    if (newer) return { ok: false, code: "notLatest" };
    const party = readFrozenParties(version.parties).find((p) => p.id === s.partyId);
    if (!party) return { ok: false, code: "invalid", errors: { partyId: "required" } };
    const existing = await tx.agreementSignature.findUnique({
      where: { versionId_partyId: { versionId: version.id, partyId: party.id } },
      select: { signedAt: true },
    });
    if (existing?.signedAt) return { ok: false, code: "alreadySigned" };
    const now = new Date();
    const fields = {
      name: s.name,
      role: s.role,
      email: s.email,
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + SIGNING_LINK_DAYS * 86_400_000),
      sentAt: now,
      cancelledAt: null,
    };
    const row = await tx.agreementSignature.upsert({
      where: { versionId_partyId: { versionId: version.id, partyId: party.id } },
      create: { versionId: version.id, partyId: party.id, ...fields },
      update: fields,
      select: { id: true },
    });
    const t = createTranslator({
      locale: s.mailLocale,
      messages: s.mailLocale === "en" ? en : sv,
      namespace: "signing.mail",
    });
    const values = {
      title: version.partnership.title,
      party: party.name,
      number: command.number,
      days: SIGNING_LINK_DAYS,
      municipality: version.partnership.municipality || env().MUNICIPALITY_NAME,
    };
    await enqueueEmail(tx, {
      to: s.email,
      subject: t("subject", values),
      text: t("body", { ...values, name: s.name, link }),
      bearerLinks: [link],
    });
    await recordAudit(tx, {
      actor: staffActor(actor.userId),
      entity: "agreement_signature",
      entityId: row.id,
      action: existing ? "resent" : "sent",
      changes: {
        versionId: { to: version.id },
        party: { to: party.name },
        name: { to: s.name },
        role: { to: s.role },
        email: { to: s.email },
      },
    });
    return { ok: true };
  });
  if (result.ok)
    logger.info(
      { event: "agreement-sent", partnershipId: command.partnershipId, number: command.number },
      "agreement sent for signing",
    );
  return result;
}
