import "server-only";
import { logger } from "../log";

// The timed jobs (maintenance.ts, follow-up-reminders.ts, lib/server/retention/run.ts): a first run
// a while after start, then one every interval. Kept on globalThis like the queue pollers
// (lib/server/queue/poller.ts): Next.js may load a module in several bundles, and one process needs
// exactly one timer per job. A run that throws is logged; the next one tries again.

export interface PeriodicJob {
  run: () => Promise<unknown>;
  firstAfterMs: number;
  intervalMs: number;
  /** Logged when a run throws. */
  failure: string;
}

/** Starts the job named `key` in this process, once; later calls leave the running one. */
export function startPeriodicJob(key: symbol, job: PeriodicJob): void {
  const holder = globalThis as Record<symbol, NodeJS.Timeout | undefined>;
  if (holder[key]) return;
  const run = () =>
    job.run().catch((error: unknown) => logger.error({ err: (error as Error).message }, job.failure));
  // Never keep a process (or a test run) alive just for a timer.
  setTimeout(run, job.firstAfterMs).unref();
  holder[key] = setInterval(run, job.intervalMs);
  holder[key].unref();
}
