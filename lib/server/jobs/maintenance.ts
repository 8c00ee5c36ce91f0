import "server-only";
import { prunePendingSignIns } from "../auth/pending-sign-in";
import { getDb } from "../db/client";
import { logger } from "../log";
import { startPeriodicJob } from "./periodic";
import { endExpiredPartnerships } from "../partnerships/end-expired";
import { pruneFlashStashes } from "../staff/flash-store";

// Housekeeping: stale form stashes and pending sign-ins go, and partnerships whose term is over are
// ended. Drafts never sent and rate-limit windows are retention rules now (lib/server/retention).
// Safe to run on every instance at once: each step is idempotent.

export async function runMaintenance(now = new Date()) {
  const db = await getDb();
  // staff form input kept after a failed post (flash-store.ts): minutes, not until the next failure
  await pruneFlashStashes(db, now);
  // sign-ins that waited for a second factor and were finished or abandoned (pending-sign-in.ts)
  await prunePendingSignIns(db, now);
  const ended = await endExpiredPartnerships(db, now);
  if (ended.length)
    logger.info(
      {
        partnershipsEnded: ended.length,
        partnershipIds: ended.slice(0, 50),
      },
      "maintenance done",
    );
}

/** Runs maintenance soon after start and then every six hours, once per process. */
export function startMaintenance(intervalMs = 6 * 60 * 60 * 1000) {
  startPeriodicJob(Symbol.for("lotsen.maintenance"), {
    run: () => runMaintenance(),
    firstAfterMs: 60_000,
    intervalMs,
    failure: "maintenance failed",
  });
}
