import "server-only";
import { z } from "zod";
import { validateEmailText, type EmailKind } from "@/lib/domain/email-kinds";
import type { Locale } from "@/lib/i18n/routing";
import { getDb } from "../db/client";
import { text } from "../http/form-route";
import { asLocale } from "../urls";
import type { EmailText } from "./email-texts";

// An edited text that is not saved: what a preview shows, or what failed validation. It waits in
// the database (not a cookie: a long text would not fit) so that the form post can redirect to the
// page, which shows it again, without JavaScript. One per kind and language; only its author sees
// it, and saving or resetting the text removes it.

const draftSchema = z.object({
  userId: z.string(),
  subject: z.string(),
  body: z.string(),
  intent: z.enum(["preview", "save"]),
});

export type EmailTextDraft = EmailText & { intent: "preview" | "save" };

const key = (kind: EmailKind, locale: Locale) => `email-draft:${kind}:${locale}`;

export async function saveEmailTextDraft(
  kind: EmailKind,
  locale: Locale,
  userId: string,
  draft: EmailTextDraft,
): Promise<void> {
  const db = await getDb();
  const value = { userId, subject: draft.subject, body: draft.body, intent: draft.intent };
  await db.setting.upsert({
    where: { key: key(kind, locale) },
    update: { value, updatedById: userId },
    create: { key: key(kind, locale), value, updatedById: userId },
  });
}

export async function readEmailTextDraft(
  kind: EmailKind,
  locale: Locale,
  userId: string,
): Promise<EmailTextDraft | null> {
  const db = await getDb();
  const row = await db.setting.findUnique({ where: { key: key(kind, locale) } });
  const parsed = draftSchema.safeParse(row?.value);
  if (!parsed.success || parsed.data.userId !== userId) return null;
  return { subject: parsed.data.subject, body: parsed.data.body, intent: parsed.data.intent };
}

export async function dropEmailTextDraft(kind: EmailKind, locale: Locale): Promise<void> {
  const db = await getDb();
  await db.setting.deleteMany({ where: { key: key(kind, locale) } });
}

/** The edit form: its language, the button pressed, and the text as typed (line ends as \n). */
export function readEmailTextForm(form: FormData) {
  const edited: EmailText = {
    subject: text(form, "subject").trim(),
    body: text(form, "body").replaceAll("\r\n", "\n"),
  };
  return { textLocale: asLocale(form.get("textLocale")), intent: text(form, "intent"), edited };
}

/** Where the page opens on a draft: at its errors, else at its preview. */
export function draftAnchor(kind: EmailKind, locale: Locale, draft: EmailText): string {
  const errors = validateEmailText(kind, draft);
  return errors.subject || errors.body ? "fel" : `forhandsgranskning-${locale}`;
}
