import "server-only";
import { buildCaseEvent, type CaseEventInput } from "@/lib/domain/case-events";
import type { StaffActor } from "@/lib/domain/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "../db/client";
import { enqueueEmail } from "../mail/outbox";
import { opinionGivenMail } from "../mail/staff-notifications";
import { kickOutbox } from "../mail/worker";
import { registerDocument } from "../records/register-document";
import { getSettings } from "../settings";

// An expert sees only the cases they are asked about, and only after declaring whether they have a
// conflict of interest; then the question, the answers and the documents, nothing internal.

/** An expert's list of their opinions: when asked and answered, the conflict, and which case. */
const OPINION_LISTED = {
  id: true,
  requestedAt: true,
  answeredAt: true,
  hasConflict: true,
  request: { select: { registrationNumber: true, subject: true } },
} satisfies Prisma.ExpertOpinionSelect;

export async function listMyOpinions(expertId: string) {
  const db = await getDb();
  return db.expertOpinion.findMany({
    where: { expertId },
    select: OPINION_LISTED,
    orderBy: { requestedAt: "desc" },
  });
}

export async function opinionForExpert(opinionId: string, expertId: string) {
  const db = await getDb();
  const opinion = await db.expertOpinion.findFirst({ where: { id: opinionId, expertId } }).catch(() => null);
  if (!opinion) return null;
  const mayRead = opinion.hasConflict === false;
  const request = await db.request.findUniqueOrThrow({
    where: { id: opinion.requestId },
    select: {
      registrationNumber: true,
      subject: true,
      kind: true,
      // The organisation is named before the declaration: that is what a conflict is about.
      organisation: { select: { name: true, orgNumber: true } },
      ...(mayRead ? { answers: true } : {}),
    },
  });
  const attachments = mayRead
    ? await db.attachment.findMany({
        where: { requestId: opinion.requestId },
        select: { id: true, filename: true },
      })
    : [];
  return { opinion, request, attachments };
}

/** The case event of an expert's step on an opinion, in the step's transaction; the case's id. */
async function recordExpertStep(
  tx: Prisma.TransactionClient,
  opinionId: string,
  expertId: string,
  event: CaseEventInput,
): Promise<string> {
  const { requestId } = await tx.expertOpinion.findUniqueOrThrow({
    where: { id: opinionId },
    select: { requestId: true },
  });
  await tx.caseEvent.create({
    data: { requestId, ...buildCaseEvent(event), actorType: "STAFF", actorId: expertId },
  });
  return requestId;
}

/** The expert declares whether they have a conflict; false when already declared or not theirs. */
export async function declareConflict(
  { id: expertId }: Pick<StaffActor, "id">,
  { opinionId, hasConflict, note }: { opinionId: string; hasConflict: boolean; note: string },
) {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const updated = await tx.expertOpinion.updateMany({
      where: { id: opinionId, expertId, conflictDeclaredAt: null },
      data: { hasConflict, conflictNote: note || null, conflictDeclaredAt: new Date() },
    });
    if (updated.count !== 1) return false;
    await recordExpertStep(tx, opinionId, expertId, {
      type: "CONFLICT_DECLARED",
      data: { opinionId, hasConflict },
    });
    return true;
  });
}

/** The expert's opinion; false unless declared free of conflict first and not yet answered. */
export async function answerOpinion(
  { id: expertId }: Pick<StaffActor, "id">,
  { opinionId, answer }: { opinionId: string; answer: string },
) {
  const db = await getDb();
  // Read before the transaction: the embedded database runs one query at a time.
  const { mailbox } = await getSettings();
  const answered = await db.$transaction(async (tx) => {
    const updated = await tx.expertOpinion.updateMany({
      where: { id: opinionId, expertId, hasConflict: false, answeredAt: null },
      data: { answer, answeredAt: new Date() },
    });
    if (updated.count !== 1) return false;
    const requestId = await recordExpertStep(tx, opinionId, expertId, {
      type: "OPINION_GIVEN",
      data: { opinionId },
    });
    const expert = await tx.staffUser.findUnique({ where: { id: expertId }, select: { name: true } });
    await registerDocument(tx, {
      requestId,
      direction: "INTERNAL",
      kind: "OPINION",
      refId: opinionId,
      counterpart: expert?.name ?? "",
      description: "Sakkunnigs yttrande",
    });
    await enqueueEmail(tx, await opinionGivenMail(tx, requestId, mailbox));
    return true;
  });
  if (answered) kickOutbox();
  return answered;
}
