import "server-only";
import type { Locale } from "@/lib/i18n/routing";
import { getDb } from "../db/client";
import { enqueueEmail } from "../mail/outbox";
import { resumeLinkEmail } from "../mail/templates";
import { kickOutbox } from "../mail/worker";
import { getSettings } from "../settings";
import { absoluteUrl, pagePath } from "../urls";
import { hashToken, newToken } from "./tokens";

const VALID_DAYS = 30;

/** Emails a link that reopens the draft; a new link replaces the previous one. */
export async function sendResumeLink(draftId: string, email: string, locale: Locale) {
  const db = await getDb();
  const token = newToken();
  const expiresAt = new Date(Date.now() + VALID_DAYS * 86_400_000);
  // The link opens a page that asks before it takes the draft (lib/server/intake/take-resume-draft.ts).
  const url = absoluteUrl(pagePath(locale, { pathname: "/forfragan/fortsatt/[token]", params: { token } }));
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
