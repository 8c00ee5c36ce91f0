import "server-only";
import { prunePendingSignIns } from "../auth/pending-sign-in";
import { getDb, type Db } from "../db/client";
import { fileStore } from "../files/store";
import { logger } from "../log";
import { endExpiredPartnerships } from "../partnerships/end-expired";
import { pruneRateLimits } from "../rate-limit";
import { pruneFlashStashes } from "../staff/flash-store";

// Housekeeping promised in the privacy notice: drafts never sent are deleted after 90 days, with
// their files and mails; and partnerships whose term is over are ended. Safe to run on every
// instance at once: each step is idempotent.

export const DRAFT_RETENTION_DAYS = 90;
const BATCH = 200;

export async function purgeOldDrafts(db: Db, olderThan: Date): Promise<number> {
  let total = 0;
  for (;;) {
    const removed = await db.$transaction(
      async (tx) => {
        const drafts = await tx.request.findMany({
          where: { status: "DRAFT", updatedAt: { lt: olderThan } },
          select: { id: true },
          take: BATCH,
        });
        const ids = drafts.map((d) => d.id);
        if (!ids.length) return 0;
        const files = await tx.attachment.findMany({
          where: { requestId: { in: ids } },
          select: { storageKey: true },
        });
        await tx.attachment.deleteMany({ where: { requestId: { in: ids } } });
        for (const f of files) await fileStore().remove(tx, f.storageKey);
        await tx.outboxEmail.deleteMany({ where: { requestId: { in: ids } } });
        const { count } = await tx.request.deleteMany({ where: { id: { in: ids }, status: "DRAFT" } });
        return count;
      },
      { maxWait: 15_000, timeout: 60_000 },
    );
    total += removed;
    if (removed < BATCH) return total;
  }
}

export async function runMaintenance(now = new Date()) {
  const db = await getDb();
  const drafts = await purgeOldDrafts(db, new Date(now.getTime() - DRAFT_RETENTION_DAYS * 86_400_000));
  const windows = await pruneRateLimits(db, new Date(now.getTime() - 86_400_000));
  // staff form input kept after a failed post (flash-store.ts): minutes, not until the next failure
  await pruneFlashStashes(db, now);
  // sign-ins that waited for a second factor and were finished or abandoned (pending-sign-in.ts)
  await prunePendingSignIns(db, now);
  const ended = await endExpiredPartnerships(db, now);
  if (drafts || windows || ended.length)
    logger.info(
      {
        drafts,
        rateLimitWindows: windows,
        partnershipsEnded: ended.length,
        partnershipIds: ended.slice(0, 50),
      },
      "maintenance done",
    );
}

const KEY = Symbol.for("lotsen.maintenance");

/** Runs maintenance soon after start and then every six hours, once per process. */
export function startMaintenance(intervalMs = 6 * 60 * 60 * 1000) {
  const holder = globalThis as { [KEY]?: NodeJS.Timeout };
  if (holder[KEY]) return;
  const run = () =>
    runMaintenance().catch((error: unknown) =>
      logger.error({ err: (error as Error).message }, "maintenance failed"),
    );
  setTimeout(run, 60_000).unref();
  holder[KEY] = setInterval(run, intervalMs);
  holder[KEY].unref();
}
