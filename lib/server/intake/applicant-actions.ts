import "server-only";
import { buildCaseEvent } from "@/lib/domain/case-events";
import { ACTIONS, checkAction } from "@/lib/domain/workflow";
import type { Locale } from "@/lib/i18n/routing";
import { getDb } from "../db/client";
import { ok, type FailureCode, type Result } from "@/lib/domain/result";
import { addAttachment, type AddAttachmentResult } from "../files/attachments";
import { enqueueEmail } from "../mail/outbox";
import { lotsenEventEmail, statusLinkEmail } from "../mail/templates";
import { registerDocument } from "../records/register-document";
import { kickOutbox } from "../mail/worker";
import { getSettings } from "../settings";
import { workflowContext } from "../staff/case-context";
import { staffCaseUrl, statusUrl } from "../urls";
import { enqueueWebhookEvent } from "../webhooks/enqueue";
import { kickWebhooks } from "../webhooks/worker";
import { getWorkflowSettings } from "../workflow-settings";
import type { StatusRequest } from "./status";

// What an applicant can do through the private link: write to lotsen (with a file) and withdraw.

/** The message is saved either way; a failure says why its file was not (attachments.ts). */
export type MessageResult = Result<{ attached: boolean }, FailureCode<AddAttachmentResult>>;

export async function sendApplicantMessage(
  request: StatusRequest,
  body: string,
  file: File | null,
): Promise<MessageResult> {
  const db = await getDb();
  // Read before the transaction: the embedded database runs one query at a time.
  const { mailbox } = await getSettings();
  const message = await db.$transaction(async (tx) => {
    const created = await tx.message.create({ data: { requestId: request.id, from: "APPLICANT", body } });
    await tx.caseEvent.create({
      data: {
        requestId: request.id,
        ...buildCaseEvent({ type: "MESSAGE_SENT", data: { messageId: created.id, from: "APPLICANT" } }),
        actorType: "APPLICANT",
      },
    });
    await registerDocument(tx, {
      requestId: request.id,
      direction: "IN",
      kind: "MESSAGE",
      refId: created.id,
      description: "Meddelande från sökanden",
    });
    const mail = lotsenEventEmail("message", {
      number: request.registrationNumber!,
      staffUrl: staffCaseUrl(request.id),
    });
    await enqueueEmail(tx, { to: mailbox, ...mail, requestId: request.id });
    return created;
  });
  kickOutbox();
  if (!file || file.size === 0) return ok({ attached: false });
  const result = await addAttachment(db, {
    requestId: request.id,
    file,
    uploadedBy: "APPLICANT",
    messageId: message.id,
  });
  return result.ok ? ok({ attached: true }) : result;
}

/**
 * Withdraws an open request, as the workflow table allows (lib/domain/workflow.ts, `withdraw`). False
 * when it was not open any more (someone else ended it first).
 */
export async function withdrawRequest(
  request: StatusRequest,
  reason: string,
  token: string,
): Promise<boolean> {
  if (request.status === "DRAFT" || !request.step) return false;
  const db = await getDb();
  // Read before the transaction: the embedded database runs one query at a time.
  const { mailbox, municipalityName: municipality } = await getSettings();
  const check = checkAction(
    "withdraw",
    { kind: "applicant" },
    { status: request.status, step: request.step, kind: request.kind },
    await workflowContext(db, request.id),
    await getWorkflowSettings(),
  );
  if (!check.ok) return false;
  const { next } = check;
  const ok = await db.$transaction(async (tx) => {
    // The version (and the status) in the where: a staff move or a second withdrawal since the page
    // was read counts 0, and this one changes nothing.
    const updated = await tx.request.updateMany({
      where: { id: request.id, status: "OPEN", version: request.version },
      data: { status: next.status, outcome: next.outcome, outcomeReason: reason, version: { increment: 1 } },
    });
    if (updated.count !== 1) return false;
    await tx.caseEvent.create({
      data: {
        requestId: request.id,
        ...buildCaseEvent({ type: ACTIONS.withdraw.event, data: { outcome: next.outcome!, reason } }),
        actorType: "APPLICANT",
        fromStep: request.step,
      },
    });
    const number = request.registrationNumber!;
    // The diarium closes the case as it would after a decision (lib/domain/webhooks.ts).
    const endedAt = new Date();
    const decision = {
      outcome: next.outcome!,
      collaborationForm: null,
      decidedAt: endedAt.toISOString(),
    };
    await enqueueWebhookEvent(
      tx,
      "decision",
      { caseId: request.id, registrationNumber: number, ...decision },
      endedAt,
    );
    const locale = (request.language === "en" ? "en" : "sv") as Locale;
    await enqueueEmail(tx, {
      to: mailbox,
      ...lotsenEventEmail("withdrawn", { number, staffUrl: staffCaseUrl(request.id) }),
      requestId: request.id,
    });
    if (request.contact?.email) {
      await enqueueEmail(tx, {
        to: request.contact.email,
        ...statusLinkEmail("withdrawn", locale, {
          number,
          statusUrl: statusUrl(locale, token),
          municipality,
        }),
        requestId: request.id,
      });
    }
    return true;
  });
  if (ok) {
    kickOutbox();
    kickWebhooks();
  }
  return ok;
}
