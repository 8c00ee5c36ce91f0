import "server-only";
import { getDb } from "../db/client";
import { logger } from "../log";
import { deliverDueWebhooks } from "./deliver";

const DEFAULT_INTERVAL_MS = 5_000;
const KICK_DELAY_MS = 100;
const BATCH = 20;

interface WorkerState {
  intervalMs: number;
  timer?: NodeJS.Timeout;
  dueAt: number;
  running: boolean;
  rerun: boolean;
}

// On globalThis, like the outbox worker (lib/server/mail/worker.ts): one poller per process however
// many bundles load this module.
const KEY = Symbol.for("lotsen.webhooks");
type Holder = { [KEY]?: WorkerState };

function schedule(state: WorkerState, delayMs: number): void {
  clearTimeout(state.timer);
  state.dueAt = Date.now() + delayMs;
  state.timer = setTimeout(() => void run(state), delayMs);
  state.timer.unref();
}

async function run(state: WorkerState): Promise<void> {
  state.running = true;
  state.rerun = false;
  try {
    const done = await deliverDueWebhooks(await getDb(), { limit: BATCH });
    if (done.delivered + done.retried + done.failed >= BATCH) state.rerun = true;
  } catch (error) {
    // Database down or similar: the next tick tries again; claimed rows are retaken after their lease.
    logger.error({ err: (error as Error).message }, "webhook delivery run failed");
  } finally {
    state.running = false;
    schedule(state, state.rerun ? KICK_DELAY_MS : state.intervalMs);
  }
}

/** Starts the webhook poller of this process (once). */
export function startWebhookWorker(intervalMs = DEFAULT_INTERVAL_MS): void {
  const holder = globalThis as Holder;
  if (holder[KEY]) return;
  const state: WorkerState = { intervalMs, dueAt: 0, running: false, rerun: false };
  holder[KEY] = state;
  schedule(state, KICK_DELAY_MS);
  logger.info({ intervalMs }, "webhook worker started");
}

/** Asks for a delivery run soon, after a transaction that queued events has committed. */
export function kickWebhooks(): void {
  const state = (globalThis as Holder)[KEY];
  if (!state) return;
  if (state.running) state.rerun = true;
  else if (state.dueAt > Date.now() + KICK_DELAY_MS) schedule(state, KICK_DELAY_MS);
}
