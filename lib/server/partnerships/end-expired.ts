import "server-only";
import { invalidateRegister } from "../register/cache";
import { swedishDate } from "@/lib/domain/follow-ups";
import { checkTransition, TRANSITIONS } from "@/lib/domain/partnership-lifecycle";
import type { Db } from "../db/client";
import { recordAudit, SYSTEM_ACTOR } from "../audit/record";
import { syncFollowUpSchedule } from "./follow-up-schedule";
import { lifecycleFacts } from "./lifecycle-facts";

// Partnerships end on their own: an ACTIVE partnership whose term is over (its end date, or for an
// older agreement its end year, before today's Swedish date) becomes ENDED, as if lotsen had saved
// the status. Each one in its own transaction, claimed by its version like a staff save, so two
// instances running this at once end it once, and a page opened before it sees a conflict. The query
// finds the candidates; the lifecycle table (lib/domain/partnership-lifecycle.ts, `endAtTerm`) decides.

const BATCH = 200;

export async function endExpiredPartnerships(db: Db, now: Date = new Date()): Promise<string[]> {
  const today = swedishDate(now);
  const year = Number(today.slice(0, 4));
  const ended: string[] = [];
  let after: string | undefined;
  for (;;) {
    const due = await db.partnership.findMany({
      where: {
        status: { in: [...TRANSITIONS.endAtTerm.from] },
        // The end date is the last day of the term: it ends the day after.
        OR: [{ endDate: { lt: new Date(`${today}T00:00:00Z`) } }, { endDate: null, endYear: { lt: year } }],
        ...(after ? { id: { gt: after } } : {}),
      },
      select: { id: true, version: true, status: true },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    for (const p of due) {
      const done = await db.$transaction(async (tx) => {
        const facts = await lifecycleFacts(tx, p.id, now);
        const check = facts && checkTransition("endAtTerm", { kind: "system" }, p.status, facts);
        if (!check?.ok) return false;
        const { count } = await tx.partnership.updateMany({
          where: { id: p.id, version: p.version, status: p.status },
          data: { status: check.next.status, version: { increment: 1 } },
        });
        // 0: another instance ended it, or a staff save came first; the next run looks again.
        if (count === 1) {
          await syncFollowUpSchedule(tx, p.id, now);
          await recordAudit(tx, {
            actor: SYSTEM_ACTOR,
            entity: "partnership",
            entityId: p.id,
            action: TRANSITIONS.endAtTerm.audit,
            changes: { status: { from: p.status, to: check.next.status } },
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
