import "server-only";
import type { Transporter } from "nodemailer";
import { getDb } from "../db/client";
import { logger } from "../log";
import { deliverDueEmails } from "./deliver";
import { getTransport } from "./transport";

const DEFAULT_INTERVAL_MS = 5_000;
// Several kicks in a row (one per mail of a request) become one delivery run.
const KICK_DELAY_MS = 100;
const BATCH = 20;

interface WorkerState {
  intervalMs: number;
  transport: Transporter | null;
  timer?: NodeJS.Timeout;
  dueAt: number;
  running: boolean;
  rerun: boolean;
  warnedNoSmtp: boolean;
}

// On globalThis, like the database client: Next.js may load this module in several bundles, and
// one process needs exactly one poller.
const KEY = Symbol.for("lotsen.outbox");
type Holder = { [KEY]?: WorkerState };

function schedule(state: WorkerState, delayMs: number): void {
  clearTimeout(state.timer);
  state.dueAt = Date.now() + delayMs;
  state.timer = setTimeout(() => void run(state), delayMs);
  state.timer.unref(); // never keep a process (or a test run) alive just for mail
}

async function runOnce(state: WorkerState): Promise<void> {
  const db = await getDb();
  if (state.transport) {
    const done = await deliverDueEmails(db, state.transport, { limit: BATCH });
    // A full batch means more may be due: do not wait a whole interval for the rest.
    if (done.sent + done.retried + done.failed >= BATCH) state.rerun = true;
    return;
  }
  if (state.warnedNoSmtp) return;
  const waiting = await db.outboxEmail.count({ where: { status: "PENDING" } });
  if (waiting > 0) {
    state.warnedNoSmtp = true;
    logger.warn({ waiting }, "mails are waiting in the outbox because SMTP_URL is not set");
  }
}

async function run(state: WorkerState): Promise<void> {
  state.running = true;
  state.rerun = false;
  try {
    await runOnce(state);
  } catch (error) {
    // Database down or similar: the next tick tries again; claimed rows are retaken after their lock.
    logger.error({ err: (error as Error).message }, "outbox delivery run failed");
  } finally {
    state.running = false;
    schedule(state, state.rerun ? KICK_DELAY_MS : state.intervalMs);
  }
}

/** Starts the outbox poller of this process (once; later calls return the running one). */
export function startOutboxWorker(intervalMs = DEFAULT_INTERVAL_MS): void {
  const holder = globalThis as Holder;
  if (holder[KEY]) return;
  const state: WorkerState = {
    intervalMs,
    transport: getTransport(),
    dueAt: 0,
    running: false,
    rerun: false,
    warnedNoSmtp: false,
  };
  holder[KEY] = state;
  schedule(state, KICK_DELAY_MS);
  logger.info({ intervalMs, smtp: state.transport !== null }, "outbox worker started");
}

/** Asks for a delivery run soon, e.g. after a transaction that queued mail has committed. */
export function kickOutbox(): void {
  const state = (globalThis as Holder)[KEY];
  if (!state) return;
  // A run in progress may have claimed its rows before the new mail was committed: run again after it.
  if (state.running) state.rerun = true;
  else if (state.dueAt > Date.now() + KICK_DELAY_MS) schedule(state, KICK_DELAY_MS);
}
