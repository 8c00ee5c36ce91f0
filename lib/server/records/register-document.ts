import "server-only";
import { documentNumber, type DocumentDirection, type DocumentKind } from "@/lib/domain/case-documents";
import type { CaseDocument, Prisma } from "@/lib/generated/prisma/client";
import { enqueueWebhookEvent, type WebhookEndpoints } from "../webhooks/enqueue";

// The one place a document is registered on its case. Call it inside the transaction that creates
// what the document points at: the request's counter is taken with UPDATE … RETURNING, so the row
// stays locked until commit and a rollback gives the number back (numbers are gap-free per case).
// The diarium hears of it through a "document.registered" event queued in the same transaction;
// mail and events go out after commit (the callers' kickOutbox / kickWebhooks, or the next tick).

export interface RegisterDocumentInput {
  requestId: string;
  direction: DocumentDirection;
  kind: DocumentKind;
  /** The id of the row the document's contents come from (see DocumentKind in prisma/schema.prisma). */
  refId: string;
  /** Sender (IN) or recipient (OUT); by default the request's organisation, else its contact person. */
  counterpart?: string;
  description: string;
  /** Only while the request is being sent, before its number is written: the stand-in that
   * lib/server/registration.ts replaces with the number in the queued events. */
  registrationNumber?: string;
  /** The active webhook endpoints, when the caller has read them already (activeWebhookEndpoints). */
  webhookEndpoints?: WebhookEndpoints;
}

export async function registerDocument(
  tx: Prisma.TransactionClient,
  input: RegisterDocumentInput,
): Promise<CaseDocument & { webhookEventId: string | null }> {
  const rows = await tx.$queryRaw<{ number: number; registered: string | null; party: string | null }[]>`
    UPDATE request r SET document_counter = r.document_counter + 1
     WHERE r.id = ${input.requestId}::uuid AND r.status <> 'DRAFT'
    RETURNING r.document_counter AS number, r.registration_number AS registered,
      coalesce((SELECT name FROM organisation WHERE id = r.organisation_id),
               (SELECT name FROM contact_person WHERE id = r.contact_id)) AS party`;
  const row = rows[0];
  if (!row) throw new Error("registerDocument: no sent request to register on");
  const counterpart = input.counterpart ?? (input.direction === "INTERNAL" ? "" : (row.party ?? ""));
  const document = await tx.caseDocument.create({
    data: {
      requestId: input.requestId,
      number: row.number,
      direction: input.direction,
      kind: input.kind,
      refId: input.refId,
      counterpart: counterpart.slice(0, 300),
      description: input.description.replace(/\s+/g, " ").trim().slice(0, 300) || "–",
    },
  });
  // Ids, numbers and dates only: the counterpart and description may name people.
  const registrationNumber = input.registrationNumber ?? row.registered ?? "";
  const event = await enqueueWebhookEvent(
    tx,
    "document.registered",
    {
      caseId: input.requestId,
      registrationNumber,
      documentNumber: documentNumber(registrationNumber, document.number),
      direction: document.direction,
      kind: document.kind,
      registeredAt: document.registeredAt.toISOString(),
    },
    document.registeredAt,
    input.webhookEndpoints,
  );
  return { ...document, webhookEventId: event.deliveries ? event.eventId : null };
}
