import "server-only";
import type { Locale } from "@/lib/i18n/routing";
import { getDb } from "../db/client";
import { enqueueEmail } from "../mail/outbox";
import { resumeLinkEmail } from "../mail/templates";
import { kickOutbox } from "../mail/worker";
import { getSettings } from "../settings";
import { absoluteUrl } from "../urls";
import { hashToken, looksLikeToken, newToken } from "./tokens";
import { setApplicantCookie } from "./applicant-session";

const VALID_DAYS = 30;

/** Emails a link that reopens the draft; a new link replaces the previous one. */
export async function sendResumeLink(draftId: string, email: string, locale: Locale) {
  const db = await getDb();
  const token = newToken();
  const expiresAt = new Date(Date.now() + VALID_DAYS * 86_400_000);
  const url = absoluteUrl(`/api/intake/resume/${token}?lang=${locale}`);
  const { municipalityName: municipality } = await getSettings();
  await db.$transaction(async (tx) => {
    const updated = await tx.request.updateMany({
      where: { id: draftId, status: "DRAFT" },
      data: { resumeTokenHash: hashToken(token), resumeExpiresAt: expiresAt },
    });
    if (updated.count === 1)
      await enqueueEmail(tx, {
        to: email,
        ...resumeLinkEmail(locale, { url, expiresAt, municipality }),
        requestId: draftId,
      });
  });
  kickOutbox();
}

/** Opens a draft from an emailed link: this browser gets its own cookie for it. */
export async function openResumeLink(token: string): Promise<boolean> {
  if (!looksLikeToken(token)) return false;
  const db = await getDb();
  const draft = await db.request.findFirst({
    where: { resumeTokenHash: hashToken(token), status: "DRAFT", resumeExpiresAt: { gt: new Date() } },
    select: { id: true },
  });
  if (!draft) return false;
  const browserToken = newToken();
  await db.request.update({ where: { id: draft.id }, data: { browserTokenHash: hashToken(browserToken) } });
  await setApplicantCookie("COLLABORATION", browserToken);
  return true;
}
