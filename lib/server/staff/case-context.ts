import "server-only";
import type { Recommendation, WorkflowContext } from "@/lib/domain/workflow";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "../db/client";

/**
 * The facts the workflow's preconditions need, read from the database. A proposal belongs to the
 * current round when it was submitted after the last time the director sent the case back.
 */
export async function workflowContext(
  db: Db | Prisma.TransactionClient,
  requestId: string,
): Promise<WorkflowContext> {
  const [skipped, opinions, booked, lastSendBack, proposal] = await Promise.all([
    // Only the experts step can be skipped by an action; the committee step is simply not taken.
    db.caseEvent.count({ where: { requestId, type: "STEP_SKIPPED" } }),
    db.expertOpinion.findMany({ where: { requestId }, select: { answeredAt: true, hasConflict: true } }),
    db.presentation.count({ where: { requestId } }),
    db.caseEvent.findFirst({
      where: { requestId, type: "STEP_CHANGED", fromStep: "PROPOSAL", toStep: "PRESENTED" },
      orderBy: { id: "desc" },
      select: { createdAt: true },
    }),
    db.decisionProposal.findFirst({
      where: { requestId, submittedAt: { not: null } },
      orderBy: { submittedAt: "desc" },
      select: { submittedAt: true, recommended: true },
    }),
  ]);
  const current =
    proposal && (!lastSendBack || proposal.submittedAt! > lastSendBack.createdAt) ? proposal : null;
  return {
    expertsSkipped: skipped > 0,
    opinionsRequested: opinions.length,
    opinionsPending: opinions.filter((o) => !o.answeredAt && o.hasConflict !== true).length,
    presentationBooked: booked > 0,
    proposalSubmitted: current !== null,
    proposalRecommends: (current?.recommended as Recommendation | undefined) ?? null,
  };
}
