import "server-only";
import { invalidateRegister } from "../register/cache";
import { swedishDate } from "@/lib/domain/follow-ups";
import type { Db } from "../db/client";
import { recordAudit, SYSTEM_ACTOR } from "../audit/record";
import { syncFollowUpSchedule } from "./follow-up-schedule";

// Partnerships end on their own: an ACTIVE partnership whose term is over (its end date, or for an
// older agreement its end year, before today's Swedish date) becomes ENDED, as if lotsen had saved
// the status. Each one in its own transaction, claimed by its version like a staff save, so two
// instances running this at once end it once, and a page opened before it sees a conflict.

const BATCH = 200;

export async function endExpiredPartnerships(db: Db, now: Date = new Date()): Promise<string[]> {
  const today = swedishDate(now);
  const year = Number(today.slice(0, 4));
  const ended: string[] = [];
  let after: string | undefined;
  for (;;) {
    const due = await db.partnership.findMany({
      where: {
        status: "ACTIVE",
        // The end date is the last day of the term: it ends the day after.
        OR: [{ endDate: { lt: new Date(`${today}T00:00:00Z`) } }, { endDate: null, endYear: { lt: year } }],
        ...(after ? { id: { gt: after } } : {}),
      },
      select: { id: true, version: true },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    for (const p of due) {
      const done = await db.$transaction(async (tx) => {
        const { count } = await tx.partnership.updateMany({
          where: { id: p.id, version: p.version, status: "ACTIVE" },
          data: { status: "ENDED", version: { increment: 1 } },
        });
        // 0: another instance ended it, or a staff save came first; the next run looks again.
        if (count === 1) {
          await syncFollowUpSchedule(tx, p.id, now);
          await recordAudit(tx, {
            actor: SYSTEM_ACTOR,
            entity: "partnership",
            entityId: p.id,
            action: "ended_at_term",
            changes: { status: { from: "ACTIVE", to: "ENDED" } },
          });
        }
        return count === 1;
      });
      if (done) {
        ended.push(p.id);
        invalidateRegister();
      }
    }
    if (due.length < BATCH) return ended;
    after = due[due.length - 1]!.id;
  }
}
