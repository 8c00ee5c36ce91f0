import "server-only";
import { buildCaseEvent } from "@/lib/domain/case-events";
import { validateSection, type Answers, type FieldValues } from "@/lib/domain/intake/schema";
import { findSection } from "@/lib/domain/intake/sections";
import { getDb } from "../db/client";
import { enqueueEmail } from "../mail/outbox";
import { registerDocument } from "../records/register-document";
import { infoSuppliedToLotsenEmail, sectionTitles } from "../mail/case-emails";
import { kickOutbox } from "../mail/worker";
import { getSettings } from "../settings";
import { staffCaseUrl } from "../urls";
import type { Result } from "@/lib/domain/result";
import type { Prisma } from "@/lib/generated/prisma/client";

// "Ask the organisation for more information": lotsen reopens sections of a sent request; the
// applicant edits only those through the private link and sends them back. The step never changes.

/**
 * Stores one reopened section's answers as typed (valid or not), in one atomic statement, and only
 * while the request is open and the section is still reopened.
 */
export async function saveReopenedSection(
  requestId: string,
  sectionId: string,
  values: FieldValues,
): Promise<boolean> {
  const db = await getDb();
  const count = await db.$executeRaw`
    UPDATE request
       SET answers = jsonb_set(answers, ARRAY[${sectionId}]::text[], ${JSON.stringify(values)}::jsonb, true),
           version = version + 1,
           updated_at = now()
     WHERE id = ${requestId}::uuid AND status = 'OPEN' AND ${sectionId} = ANY(reopened_sections)`;
  return count === 1;
}

export type ResendResult = Result<
  object,
  "nothingReopened" | "invalid" | "conflict",
  { sections?: string[] }
>;

/** What sending the reopened sections back reads: the sections, their answers and whom to tell. */
const RESEND_READ = {
  id: true,
  status: true,
  step: true,
  version: true,
  answers: true,
  reopenedSections: true,
  registrationNumber: true,
  contactId: true,
} satisfies Prisma.RequestSelect;

/** Sends the reopened sections back to lotsen once every one of them is valid. */
export async function resendReopenedSections(requestId: string): Promise<ResendResult> {
  const db = await getDb();
  const request = await db.request.findUnique({ where: { id: requestId }, select: RESEND_READ });
  if (!request || request.status !== "OPEN" || request.reopenedSections.length === 0)
    return { ok: false, code: "nothingReopened" };
  const answers = (request.answers ?? {}) as Answers;
  const invalid = request.reopenedSections.filter((id) => {
    const section = findSection(id);
    return section && Object.keys(validateSection(section, answers[id])).length > 0;
  });
  if (invalid.length > 0) return { ok: false, code: "invalid", sections: invalid };

  const sections = request.reopenedSections;
  const { mailbox } = await getSettings(); // before the transaction: PGlite runs one query at a time
  const done = await db.$transaction(async (tx) => {
    const updated = await tx.request.updateMany({
      where: { id: request.id, version: request.version, status: "OPEN" },
      data: { reopenedSections: [], version: { increment: 1 } },
    });
    if (updated.count !== 1) return false;
    // Corrected facts reach the case itself, not only the answers: mail goes to the new contact,
    // and the register description follows a new title.
    const str = (v: unknown) => (typeof v === "string" ? v.trim() : "");
    if (sections.includes("contact") && request.contactId) {
      const c = answers.contact ?? {};
      await tx.contactPerson.update({
        where: { id: request.contactId },
        data: { name: str(c.name), email: str(c.email), phone: str(c.phone) || null },
      });
    }
    if (sections.includes("idea") && str(answers.idea?.title)) {
      await tx.request.update({ where: { id: request.id }, data: { subject: str(answers.idea?.title) } });
    }
    const event = await tx.caseEvent.create({
      data: {
        requestId: request.id,
        ...buildCaseEvent({ type: "INFO_SUPPLIED", data: { sections } }),
        actorType: "APPLICANT",
        fromStep: request.step,
      },
    });
    await registerDocument(tx, {
      requestId: request.id,
      direction: "IN",
      kind: "SUPPLEMENT",
      refId: event.id.toString(),
      description: `Komplettering: ${sectionTitles("sv", sections).join(", ")}`,
    });
    const mail = infoSuppliedToLotsenEmail(
      request.registrationNumber ?? "",
      sections,
      staffCaseUrl(request.id),
    );
    await enqueueEmail(tx, { to: mailbox, ...mail, requestId: request.id });
    return true;
  });
  if (!done) return { ok: false, code: "conflict" };
  kickOutbox();
  return { ok: true };
}
