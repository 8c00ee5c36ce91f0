import "server-only";
import { buildCaseEvent } from "@/lib/domain/case-events";
import type { Locale } from "@/lib/i18n/routing";
import { getDb } from "../db/client";
import { messageFromLotsenEmail } from "../mail/case-emails";
import { enqueueEmail } from "../mail/outbox";
import { kickOutbox } from "../mail/worker";
import { registerDocument } from "../records/register-document";
import { getSettings } from "../settings";

/** An internal note: never shown to the applicant. */
export async function addNote(requestId: string, authorId: string, body: string): Promise<boolean> {
  const db = await getDb();
  const exists = await db.request.count({ where: { id: requestId, status: { not: "DRAFT" } } });
  if (!exists) return false;
  await db.$transaction(async (tx) => {
    const note = await tx.internalNote.create({ data: { requestId, authorId, body } });
    await tx.caseEvent.create({
      data: {
        requestId,
        ...buildCaseEvent({ type: "NOTE_ADDED", data: { noteId: note.id } }),
        actorType: "STAFF",
        actorId: authorId,
      },
    });
  });
  return true;
}

/** A message to the applicant: on their status page, and by email through the outbox. */
export async function messageApplicant(requestId: string, authorId: string, body: string): Promise<boolean> {
  const db = await getDb();
  const request = await db.request.findFirst({
    where: { id: requestId, status: { not: "DRAFT" } },
    select: { language: true, registrationNumber: true, contact: { select: { email: true } } },
  });
  if (!request) return false;
  // Read before the transaction: the embedded database runs one query at a time.
  const { municipalityName } = await getSettings();
  await db.$transaction(async (tx) => {
    const message = await tx.message.create({ data: { requestId, from: "STAFF", authorId, body } });
    await tx.caseEvent.create({
      data: {
        requestId,
        ...buildCaseEvent({ type: "MESSAGE_SENT", data: { messageId: message.id, from: "STAFF" } }),
        actorType: "STAFF",
        actorId: authorId,
      },
    });
    await registerDocument(tx, {
      requestId,
      direction: "OUT",
      kind: "MESSAGE",
      refId: message.id,
      description: "Meddelande till sökanden",
    });
    if (request.contact?.email) {
      const locale: Locale = request.language === "en" ? "en" : "sv";
      await enqueueEmail(tx, {
        to: request.contact.email,
        ...messageFromLotsenEmail(locale, request.registrationNumber ?? "", body, municipalityName),
        requestId,
      });
    }
  });
  kickOutbox();
  return true;
}
