import "server-only";
import { fillPlaceholders, validateEmailText, type EmailKind } from "@/lib/domain/email-kinds";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MESSAGES } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { changedFields } from "@/lib/domain/audit";
import { recordAudit, staffActor } from "../audit/record";
import { getDb, type Db } from "../db/client";
import { logger } from "../log";
import { invalid, type Result } from "@/lib/domain/result";

// The one place that decides the text of a mail: the administrators' saved text for that kind and
// language (table email_template) when there is one, else the default from the message files
// ("email.kinds"). It is read in the transaction that queues the mail, so every instance uses a
// saved text from the next mail on, with no cache to go stale.

export interface EmailText {
  subject: string;
  body: string;
}

type Client = Prisma.TransactionClient | Db;

export function defaultEmailText(kind: EmailKind, locale: Locale): EmailText {
  const { subject, body } = MESSAGES[locale].email.kinds[kind];
  return { subject, body };
}

export async function resolveEmailText(
  db: Client,
  kind: EmailKind,
  locale: Locale,
): Promise<EmailText & { custom: boolean }> {
  const row = await db.emailTemplate.findUnique({
    where: { key_locale: { key: kind, locale } },
    select: { subject: true, body: true },
  });
  return row ? { ...row, custom: true } : { ...defaultEmailText(kind, locale), custom: false };
}

/**
 * The texts of several kinds and languages in one read, for a verb that queues several mails at once
 * (lib/server/mail/outbox.ts, enqueueEmails). Keyed `kind:locale`.
 */
export async function resolveEmailTexts(
  db: Client,
  wanted: { kind: EmailKind; locale: Locale }[],
): Promise<Map<string, EmailText>> {
  const texts = new Map<string, EmailText>();
  if (!wanted.length) return texts;
  const rows = await db.emailTemplate.findMany({
    where: { OR: wanted.map(({ kind, locale }) => ({ key: kind, locale })) },
    select: { key: true, locale: true, subject: true, body: true },
  });
  for (const { kind, locale } of wanted) {
    const row = rows.find((r) => r.key === kind && r.locale === locale);
    texts.set(
      `${kind}:${locale}`,
      row ? { subject: row.subject, body: row.body } : defaultEmailText(kind, locale),
    );
  }
  return texts;
}

/** The text with the values put in. A subject is one line, at most what the outbox holds. */
export function renderEmailText(
  text: EmailText,
  values: Readonly<Record<string, string>>,
): { subject: string; text: string } {
  return {
    subject: fillPlaceholders(text.subject, values)
      .replace(/\s*[\r\n]+\s*/g, " ")
      .slice(0, 300),
    text: fillPlaceholders(text.body, values),
  };
}

/** Which kinds and languages have a saved text, and when it was saved (for the list page). */
export async function customisedEmailTexts(): Promise<Map<string, Date>> {
  const db = await getDb();
  const rows = await db.emailTemplate.findMany({ select: { key: true, locale: true, updatedAt: true } });
  return new Map(rows.map((r) => [`${r.key}:${r.locale}`, r.updatedAt]));
}

export type SaveResult = Result<object, "invalid">;

/** Saves a checked text; an invalid one saves nothing. */
export async function saveEmailText(
  kind: EmailKind,
  locale: Locale,
  text: EmailText,
  userId: string,
): Promise<SaveResult> {
  const errors = validateEmailText(kind, text);
  if (errors.subject || errors.body) return invalid(errors as Record<string, string>);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const before = await tx.emailTemplate.findUnique({
      where: { key_locale: { key: kind, locale } },
      select: { subject: true, body: true },
    });
    await tx.emailTemplate.upsert({
      where: { key_locale: { key: kind, locale } },
      update: { subject: text.subject, body: text.body },
      create: { key: kind, locale, subject: text.subject, body: text.body },
    });
    await recordAudit(tx, {
      actor: staffActor(userId),
      entity: "email_text",
      entityId: `${kind}.${locale}`,
      action: before ? "updated" : "customised",
      changes: changedFields(before, { subject: text.subject, body: text.body }),
    });
  });
  logger.info({ event: "email-text-saved", kind, locale, userId }, "email text saved");
  return { ok: true };
}

/** Back to the default from the message files. */
export async function resetEmailText(kind: EmailKind, locale: Locale, userId: string): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const before = await tx.emailTemplate.findUnique({
      where: { key_locale: { key: kind, locale } },
      select: { subject: true, body: true },
    });
    if (!before) return; // already the default
    await tx.emailTemplate.delete({ where: { key_locale: { key: kind, locale } } });
    await recordAudit(tx, {
      actor: staffActor(userId),
      entity: "email_text",
      entityId: `${kind}.${locale}`,
      action: "reset_to_default",
      changes: changedFields(before, null),
    });
  });
  logger.info({ event: "email-text-reset", kind, locale, userId }, "email text reset to default");
}
