import "server-only";
import { dateValue, swedishDate } from "@/lib/domain/follow-ups";
import type { ReviewCommand } from "@/lib/domain/partner-report";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit, type AuditActor } from "../audit/record";
import { getDb } from "../db/client";
import { logger } from "../log";
import { partnerReturnedEmail } from "../mail/follow-up-emails";
import { enqueueEmail } from "../mail/outbox";
import { kickOutbox } from "../mail/worker";
import { getSettings } from "../settings";
import { ActualsRefused, recordActualCosts } from "./actuals";
import { fail, ok, type Result } from "@/lib/domain/result";

// Staff accept a submitted partner report or return it with a comment the partner reads. Only a
// report still SUBMITTED changes (the status is in the update's where), so two reviewers cannot
// both decide. Accepting marks the follow-up it answers as held, with the report's goal values as
// its indicators, and hands its actual costs to the money ledger, all in one transaction.

// "budgetChanged": a budget line the report has costs on was removed after it was sent; accepting
// would lose those costs, so the report is returned to the partner instead.
export type ReviewResult = Result<object, "notFound" | "alreadyReviewed" | "budgetChanged">;

/** What a review reads: the report's content, its party's contact and the partnership's title. */
const REVIEWED_REPORT = {
  id: true,
  followUpId: true,
  activities: true,
  participants: true,
  goalValues: true,
  costs: true,
  quarter: true,
  party: { select: { name: true, contactEmail: true } },
  partnership: { select: { title: true } },
} satisfies Prisma.PartnerReportSelect;

export async function reviewPartnerReport(
  actor: AuditActor & { type: "STAFF" },
  command: ReviewCommand & { partnershipId: string },
  now = new Date(),
): Promise<ReviewResult> {
  const db = await getDb();
  const report = await db.partnerReport.findFirst({
    where: { id: command.reportId, partnershipId: command.partnershipId },
    select: REVIEWED_REPORT,
  });
  if (!report) return fail("notFound");
  const accept = command.decision === "accept";
  // Read before the transaction: on the embedded database a query outside it would wait for it.
  const { municipalityName } = await getSettings();
  const outcome = await db
    .$transaction(async (tx): Promise<ReviewResult> => {
      const { count } = await tx.partnerReport.updateMany({
        where: { id: report.id, status: "SUBMITTED" },
        data: {
          status: accept ? "ACCEPTED" : "RETURNED",
          reviewComment: accept ? null : command.comment,
          reviewedAt: now,
          reviewedById: actor.id,
        },
      });
      if (count === 0) return fail("alreadyReviewed");
      await recordAudit(tx, {
        actor,
        entity: "partner_report",
        entityId: report.id,
        action: accept ? "accepted" : "returned",
        changes: {
          status: { from: "SUBMITTED", to: accept ? "ACCEPTED" : "RETURNED" },
          ...(accept ? {} : { reviewComment: { to: command.comment } }),
        },
      });
      if (!accept) {
        // A short notice to the contact, with no private link: the comment is on the partner's page.
        if (report.party.contactEmail)
          await enqueueEmail(tx, {
            to: report.party.contactEmail,
            ...partnerReturnedEmail({
              title: report.partnership.title,
              quarter: report.quarter,
              municipality: municipalityName,
            }),
          });
        return ok();
      }
      if (report.followUpId) {
        const data = {
          doneAt: dateValue(swedishDate(now)),
          participants: `${report.party.name}: ${report.participants}`,
          notes: report.activities,
          indicators: report.goalValues ?? [],
        };
        // A follow-up staff already recorded keeps what they wrote.
        const held = await tx.followUp.updateMany({ where: { id: report.followUpId, doneAt: null }, data });
        if (held.count)
          await recordAudit(tx, {
            actor,
            entity: "follow_up",
            entityId: report.followUpId,
            action: "recorded_from_report",
            changes: { doneAt: { to: data.doneAt.toISOString() }, reportId: { to: report.id } },
          });
      }
      const entries = Array.isArray(report.costs)
        ? (report.costs as { budgetLineId: string; amountOre: number }[])
        : [];
      await recordActualCosts(tx, actor, {
        partnershipId: command.partnershipId,
        reportId: report.id,
        entries: entries.map((e) => ({ budgetLineId: e.budgetLineId, amountOre: e.amountOre })),
      });
      return ok();
    })
    .catch((error: unknown) => {
      if (error instanceof ActualsRefused) return fail("budgetChanged");
      throw error;
    });
  if (outcome.ok && !accept && report.party.contactEmail) kickOutbox();
  if (outcome.ok)
    logger.info(
      { event: "partner-report-reviewed", reportId: report.id, decision: command.decision },
      "partner report reviewed",
    );
  return outcome;
}
