import "server-only";
import { logger } from "../log";

// One poller per queue and process (lib/server/mail/worker.ts, lib/server/webhooks/worker.ts): a
// run every interval, and soon after a kick (a transaction that queued rows has committed). Kept
// on globalThis, like the database client: Next.js may load these modules in several bundles, and
// one process needs exactly one poller per queue.

// Several kicks in a row (one per mail of a request) become one run.
const KICK_DELAY_MS = 100;

interface PollerState {
  intervalMs: number;
  /** One run; true when more may be due (a full batch), so the next run comes at once. */
  runOnce: () => Promise<boolean>;
  /** Logged when a run throws. */
  failure: string;
  timer?: NodeJS.Timeout;
  dueAt: number;
  running: boolean;
  rerun: boolean;
}

type Holder = Record<symbol, PollerState | undefined>;

function schedule(state: PollerState, delayMs: number): void {
  clearTimeout(state.timer);
  state.dueAt = Date.now() + delayMs;
  state.timer = setTimeout(() => void run(state), delayMs);
  state.timer.unref(); // never keep a process (or a test run) alive just for a queue
}

async function run(state: PollerState): Promise<void> {
  state.running = true;
  state.rerun = false;
  try {
    if (await state.runOnce()) state.rerun = true;
  } catch (error) {
    // Database down or similar: the next tick tries again; claimed rows are retaken after their lease.
    logger.error({ err: (error as Error).message }, state.failure);
  } finally {
    state.running = false;
    schedule(state, state.rerun ? KICK_DELAY_MS : state.intervalMs);
  }
}

/** Starts the poller named `key` (once; false when it was already running). */
export function startPoller(
  key: symbol,
  opts: { intervalMs: number; runOnce: () => Promise<boolean>; failure: string },
): boolean {
  const holder = globalThis as Holder;
  if (holder[key]) return false;
  const state: PollerState = { ...opts, dueAt: 0, running: false, rerun: false };
  holder[key] = state;
  schedule(state, KICK_DELAY_MS);
  return true;
}

/** Asks the poller named `key`, if it runs in this process, for a run soon. */
export function kickPoller(key: symbol): void {
  const state = (globalThis as Holder)[key];
  if (!state) return;
  // A run in progress may have claimed its rows before the new ones were committed: run again after it.
  if (state.running) state.rerun = true;
  else if (state.dueAt > Date.now() + KICK_DELAY_MS) schedule(state, KICK_DELAY_MS);
}
