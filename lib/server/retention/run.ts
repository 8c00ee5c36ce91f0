import "server-only";
import { cutoff, RETENTION_RULES, type RetentionRule } from "@/lib/domain/retention";
import { recordAudit, SYSTEM_ACTOR, type AuditActor } from "../audit/record";
import { getDb } from "../db/client";
import { logger } from "../log";
import { startPeriodicJob } from "../jobs/periodic";
import { RULES, type Found } from "./rules";
import { getRetentionSchedule } from "./schedule";

// The retention job and its dry run. Each batch is one transaction that first takes a transaction
// advisory lock, so two instances (or a click on "run now" during the daily run) take turns, and
// the second finds only what the first left: every record is acted on once.

const LOCK_ID = 7_411_020_611; // any constant, distinct from the migration lock (lib/server/db/migrate.ts)
const BATCH = 100;
/** How many registration numbers or ids the dry run shows per rule. */
export const DRY_RUN_LIST = 200;

export interface DryRunRule {
  rule: RetentionRule;
  action: string;
  days: number;
  count: number;
  items: Found[];
}

export async function retentionDryRun(now = new Date()): Promise<DryRunRule[]> {
  const db = await getDb();
  const schedule = await getRetentionSchedule();
  const out: DryRunRule[] = [];
  for (const rule of RETENTION_RULES) {
    const { days, action } = schedule[rule];
    const impl = RULES[rule];
    if (!impl || action === "keep") {
      out.push({ rule, action, days, count: 0, items: [] });
      continue;
    }
    const cut = cutoff(now, days);
    const count = await impl.count(db, cut);
    const items = impl.list && count ? await impl.list(db, cut, DRY_RUN_LIST) : [];
    out.push({ rule, action, days, count, items });
  }
  return out;
}

/** Runs every rule that is not "keep"; returns how many records each changed. */
export async function runRetention(now = new Date(), actor: AuditActor = SYSTEM_ACTOR) {
  const db = await getDb();
  const schedule = await getRetentionSchedule();
  const done = {} as Record<RetentionRule, number>;
  for (const rule of RETENTION_RULES) {
    done[rule] = 0;
    const impl = RULES[rule];
    if (!impl || schedule[rule].action === "keep") continue;
    const cut = cutoff(now, schedule[rule].days);
    for (;;) {
      const changed = await db.$transaction(
        async (tx) => {
          await tx.$queryRaw`SELECT pg_advisory_xact_lock(${LOCK_ID}::bigint)::text`;
          return impl.apply(tx, cut, actor, BATCH);
        },
        { maxWait: 30_000, timeout: 120_000 },
      );
      done[rule] += changed;
      if (changed < BATCH) break;
    }
  }
  if (Object.values(done).some((n) => n > 0)) logger.info({ retention: done }, "retention done");
  // A run a staff member asked for ("run now") is recorded even when it removed nothing: the rows
  // above say what was removed, this one who ran it and what each rule did.
  if (actor.type === "STAFF")
    await recordAudit(db, {
      actor,
      entity: "retention",
      entityId: "run",
      action: "run_now",
      changes: Object.fromEntries(Object.entries(done).map(([rule, n]) => [rule, { to: n }])),
    });
  return done;
}

/** Runs retention a few minutes after start and then daily, once per process. */
export function startRetention(intervalMs = 24 * 60 * 60 * 1000) {
  startPeriodicJob(Symbol.for("lotsen.retention"), {
    run: () => runRetention(),
    firstAfterMs: 5 * 60_000,
    intervalMs,
    failure: "retention failed",
  });
}
