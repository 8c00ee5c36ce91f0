import "server-only";
import { followUpDates, readFollowUpPlan } from "@/lib/domain/follow-up-plan";
import { swedishDate } from "@/lib/domain/follow-ups";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "../db/client";

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Brings a partnership's open follow-ups in line with its plan and period. Call it in the same
 * transaction that changes the status, the period or the plan. Only an ACTIVE partnership with a
 * start and an end has a schedule; recorded follow-ups and past dates are never touched, so a
 * changed plan moves only what is still to come.
 */
export async function syncFollowUpSchedule(
  tx: Prisma.TransactionClient | Db,
  partnershipId: string,
  today: Date = new Date(),
): Promise<void> {
  const p = await tx.partnership.findUniqueOrThrow({
    where: { id: partnershipId },
    select: { status: true, startDate: true, endDate: true, followUpPlan: true },
  });
  // The Swedish calendar day, as the dashboard and the reminders count it: between 00:00 and
  // 02:00 Swedish time the UTC date is still yesterday's.
  const from = swedishDate(today);
  const wanted =
    p.status === "ACTIVE" && p.startDate && p.endDate
      ? followUpDates(readFollowUpPlan(p.followUpPlan), isoDate(p.startDate), isoDate(p.endDate)).filter(
          (d) => d.dueDate >= from,
        )
      : [];
  const coming = await tx.followUp.findMany({
    // Follow-ups recorded outside the plan (EXTRA) are history, not schedule.
    where: { partnershipId, kind: { not: "EXTRA" }, dueDate: { gte: new Date(`${from}T00:00:00Z`) } },
    select: { id: true, dueDate: true, doneAt: true },
  });
  const wantedDates = new Set(wanted.map((d) => d.dueDate));
  const existingDates = new Set(coming.map((f) => isoDate(f.dueDate)));
  const stale = coming.filter((f) => !f.doneAt && !wantedDates.has(isoDate(f.dueDate))).map((f) => f.id);
  if (stale.length) await tx.followUp.deleteMany({ where: { id: { in: stale } } });
  const missing = wanted.filter((d) => !existingDates.has(d.dueDate));
  if (missing.length) {
    await tx.followUp.createMany({
      data: missing.map((d) => ({
        partnershipId,
        kind: d.kind,
        dueDate: new Date(`${d.dueDate}T00:00:00Z`),
      })),
    });
  }
}
