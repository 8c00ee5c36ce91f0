import "server-only";
import type { EmailKind } from "@/lib/domain/email-kinds";
import type { Locale } from "@/lib/i18n/routing";
import { getDb } from "../db/client";
import type { EmailTextDraft } from "./email-text-drafts";
import { previewEmail } from "./email-preview";
import { customisedEmailTexts, resolveEmailText } from "./email-texts";

/**
 * What the edit page shows for one language of a mail: the text in force, when an administrator
 * saved it, and the preview of a draft that passed its checks.
 */
export async function emailTextForm(
  kind: EmailKind,
  locale: Locale,
  draft: EmailTextDraft | null,
  hasErrors: boolean,
) {
  const current = await resolveEmailText(await getDb(), kind, locale);
  const savedAt = (await customisedEmailTexts()).get(`${kind}:${locale}`);
  const preview = draft && !hasErrors ? await previewEmail(kind, locale, draft) : null;
  return { current, savedAt, preview };
}
