import "server-only";
import { bearerPlaceholders, type EmailKind } from "@/lib/domain/email-kinds";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/routing";
import type { Db } from "../db/client";
import { renderEmailText, resolveEmailTexts } from "./email-texts";

// Mail never leaves from inside a request: it is written here, in the same transaction as the
// change it reports, and lib/server/mail/deliver.ts sends it later (retrying on failure).

// A type, not an interface: Prisma's JSON input needs the index signature a type alias implies.
export type MailAttachment = {
  filename: string;
  contentType: string;
  contentBase64: string;
};

/** A mail of a known kind: its text is the administrators' (or the default), filled in here. */
export interface TemplateMail {
  kind: EmailKind;
  locale: Locale;
  values: Record<string, string>;
  /** Attachments that depend on the final subject (an invitation's calendar entry). */
  attach?: (subject: string) => MailAttachment[];
}

interface Common {
  to: string;
  requestId?: string;
  attachments?: MailAttachment[];
  /** Links in the text that open something on their own: redacted from the outbox once sent. */
  bearerLinks?: string[];
}

export type OutgoingEmail =
  | (Common & { subject: string; text: string; html?: string; template?: never })
  | (Common & { template: TemplateMail });

export async function enqueueEmail(
  tx: Prisma.TransactionClient | Db,
  mail: OutgoingEmail,
): Promise<{ id: string }> {
  const [data] = await outboxRows(tx, [mail]);
  return tx.outboxEmail.create({ data: data!, select: { id: true } });
}

/** Several mails in two statements: one read of their texts, one insert. */
export async function enqueueEmails(
  tx: Prisma.TransactionClient | Db,
  mails: OutgoingEmail[],
): Promise<void> {
  await tx.outboxEmail.createMany({ data: await outboxRows(tx, mails) });
}

async function outboxRows(
  tx: Prisma.TransactionClient | Db,
  mails: OutgoingEmail[],
): Promise<Prisma.OutboxEmailCreateManyInput[]> {
  const texts = await resolveEmailTexts(
    tx,
    mails.flatMap((m) => (m.template ? [{ kind: m.template.kind, locale: m.template.locale }] : [])),
  );
  return mails.map((mail) => {
    let content: { subject: string; text: string; html?: string; kind?: EmailKind };
    let attachments = mail.attachments ?? [];
    const bearerLinks = [...(mail.bearerLinks ?? [])];
    if (mail.template) {
      const { kind, locale, values, attach } = mail.template;
      content = { ...renderEmailText(texts.get(`${kind}:${locale}`)!, values), kind };
      if (attach) attachments = [...attachments, ...attach(content.subject)];
      for (const name of bearerPlaceholders(kind)) if (values[name]) bearerLinks.push(values[name]);
    } else {
      content = mail;
    }
    return {
      kind: content.kind ?? null,
      toAddress: mail.to,
      subject: content.subject,
      textBody: content.text,
      htmlBody: content.html ?? null,
      requestId: mail.requestId ?? null,
      attachments,
      bearerLinks,
    };
  });
}
