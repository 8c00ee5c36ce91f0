import "server-only";
import {
  dateValue,
  isoDate,
  parseFollowUpForm,
  readGoals,
  readIndicators,
  swedishDate,
  type FollowUpRecord,
} from "@/lib/domain/follow-ups";
import { isGoalId } from "@/lib/domain/partnership";
import { changedFields } from "@/lib/domain/audit";
import { recordAudit, staffActor } from "../audit/record";
import { getDb } from "../db/client";
import { findPartnership, TERM } from "./queries";
import { text } from "../http/form-route";
import { logger } from "../log";
import { fail, ok, type Result } from "@/lib/domain/result";

// The follow-ups of one partnership: the schedule from its plan (syncFollowUpSchedule), what was
// recorded, and recording a follow-up. A follow-up's held-on date is stored in doneAt at midnight UTC
// (a calendar date, like dueDate).

export async function partnershipFollowUps(partnershipId: string, now = new Date()) {
  const partnership = await findPartnership(partnershipId, {
    id: true,
    title: true,
    status: true,
    ...TERM,
    goals: true,
    parties: { select: { name: true, side: true, department: true }, orderBy: { sortOrder: "asc" } },
    followUps: { orderBy: [{ dueDate: "asc" }, { id: "asc" }] },
  });
  if (!partnership) return null;
  const today = swedishDate(now);
  const goals = readGoals(partnership.goals);
  // Values of goals since removed have nothing left to be shown against.
  const known = new Set(goals.map((g) => g.id));
  const followUps = partnership.followUps.map((f) => ({
    id: f.id,
    kind: f.kind,
    dueDate: isoDate(f.dueDate),
    heldOn: f.doneAt ? isoDate(f.doneAt) : null,
    participants: f.participants ?? "",
    notes: f.notes ?? "",
    indicators: readIndicators(f.indicators).filter((i) => known.has(i.goalId)),
    overdue: !f.doneAt && isoDate(f.dueDate) < today,
    reminderSentAt: f.reminderSentAt,
  }));
  return {
    partnership: { ...partnership, followUps: undefined },
    goals,
    today,
    due: followUps.filter((f) => !f.heldOn),
    done: followUps.filter((f) => f.heldOn).sort((a, b) => b.heldOn!.localeCompare(a.heldOn!)),
  };
}

export type RecordResult = Result<object, "notFound" | "alreadyRecorded">;

/**
 * Records a held follow-up: on the scheduled one chosen (only while it is still open, so two people
 * recording the same follow-up cannot overwrite each other), or as an unscheduled (EXTRA) one.
 */
export async function recordFollowUp(
  partnershipId: string,
  record: FollowUpRecord,
  userId: string,
): Promise<RecordResult> {
  const db = await getDb();
  const partnership = await db.partnership.findUnique({
    where: { id: partnershipId },
    select: { goals: true },
  });
  if (!partnership) return fail("notFound");
  const known = new Set(readGoals(partnership.goals).map((g) => g.id));
  const data = {
    doneAt: dateValue(record.heldOn),
    participants: record.participants,
    notes: record.notes || null,
    indicators: record.indicators.filter((i) => known.has(i.goalId)).map((i) => ({ ...i })),
  };
  const outcome = await db.$transaction(async (tx) => {
    let id = record.followUpId;
    if (id) {
      const { count } = await tx.followUp.updateMany({
        where: { id, partnershipId, doneAt: null, kind: { not: "EXTRA" } },
        data,
      });
      if (count === 0) {
        const exists = await tx.followUp.count({ where: { id, partnershipId } });
        return fail(exists ? "alreadyRecorded" : "notFound");
      }
    } else {
      id = (
        await tx.followUp.create({
          data: { ...data, partnershipId, kind: "EXTRA", dueDate: dateValue(record.heldOn) },
          select: { id: true },
        })
      ).id;
    }
    await recordAudit(tx, {
      actor: staffActor(userId),
      entity: "follow_up",
      entityId: id,
      action: record.followUpId ? "recorded" : "recorded_extra",
      changes: changedFields(null, { ...data, partnershipId }),
    });
    return ok();
  });
  if (!outcome.ok) return outcome;
  logger.info({ event: "follow-up-recorded", partnershipId, userId }, "follow-up recorded");
  return outcome;
}

/** The follow-up form, checked. One value (and comment) per goal: value-<goalId>, comment-<goalId>. */
export function readFollowUpForm(form: FormData) {
  const indicators = [...new Set(form.keys())]
    .map((k) => /^value-(.{1,60})$/.exec(k)?.[1])
    .filter((i): i is string => i !== undefined && isGoalId(i))
    .map((i) => ({
      goalId: i,
      value: text(form, `value-${i}`),
      comment: text(form, `comment-${i}`),
    }));
  return parseFollowUpForm(
    {
      followUpId: text(form, "followUpId"),
      heldOn: text(form, "heldOn"),
      participants: text(form, "participants"),
      notes: text(form, "notes"),
      indicators,
    },
    swedishDate(new Date()),
  );
}
