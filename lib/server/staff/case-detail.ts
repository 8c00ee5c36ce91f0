import "server-only";
import { getDb } from "../db/client";

/** Everything the case page shows to lotsen, the director and the committee. */
export async function caseDetail(id: string) {
  const db = await getDb();
  const request = await db.request.findFirst({
    where: { id, status: { not: "DRAFT" } },
    omit: {
      accessTokenHash: true,
      browserTokenHash: true,
      resumeTokenHash: true,
      idempotencyKey: true,
      idempotencyHash: true,
    },
    include: {
      organisation: true,
      contact: true,
      assignedTo: { select: { id: true, name: true } },
    },
  });
  if (!request) return null;
  const [attachments, messages, notes, opinions, presentations, proposal, events] = await Promise.all([
    db.attachment.findMany({
      where: { requestId: id },
      select: { id: true, filename: true, size: true, uploadedBy: true, createdAt: true },
      orderBy: { createdAt: "asc" },
    }),
    db.message.findMany({ where: { requestId: id }, orderBy: { createdAt: "asc" } }),
    db.internalNote.findMany({
      where: { requestId: id },
      include: { author: { select: { name: true } } },
      orderBy: { createdAt: "asc" },
    }),
    db.expertOpinion.findMany({
      where: { requestId: id },
      include: { expert: { select: { name: true, expertKind: true } } },
      orderBy: { requestedAt: "asc" },
    }),
    db.presentation.findMany({ where: { requestId: id }, orderBy: { createdAt: "asc" } }),
    db.decisionProposal.findFirst({
      where: { requestId: id, submittedAt: { not: null } },
      orderBy: { submittedAt: "desc" },
      include: { request: { select: { id: true } } },
    }),
    db.caseEvent.findMany({
      where: { requestId: id },
      include: { actor: { select: { name: true } } },
      orderBy: { id: "asc" },
    }),
  ]);
  return { request, attachments, messages, notes, opinions, presentations, proposal, events };
}

export type CaseDetail = NonNullable<Awaited<ReturnType<typeof caseDetail>>>;
