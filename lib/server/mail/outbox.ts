import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "../db/client";

// Mail never leaves from inside a request: it is written here, in the same transaction as the
// change it reports, and lib/server/mail/deliver.ts sends it later (retrying on failure).

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  requestId?: string;
  attachments?: { filename: string; contentType: string; contentBase64: string }[];
}

export async function enqueueEmail(
  tx: Prisma.TransactionClient | Db,
  mail: OutgoingEmail,
): Promise<{ id: string }> {
  return tx.outboxEmail.create({
    data: {
      toAddress: mail.to,
      subject: mail.subject,
      textBody: mail.text,
      htmlBody: mail.html ?? null,
      requestId: mail.requestId ?? null,
      attachments: mail.attachments ?? [],
    },
    select: { id: true },
  });
}
