import "server-only";
import { getDb } from "../db/client";
import { logger } from "../log";
import { kickPoller, startPoller } from "../queue/poller";
import { deliverDueEmails } from "./deliver";
import { getTransport } from "./transport";

const DEFAULT_INTERVAL_MS = 5_000;
const BATCH = 20;
const KEY = Symbol.for("lotsen.outbox");

/** Starts the outbox poller of this process (once; later calls leave the running one). */
export function startOutboxWorker(intervalMs = DEFAULT_INTERVAL_MS): void {
  const transport = getTransport();
  let warnedNoSmtp = false;
  const started = startPoller(KEY, {
    intervalMs,
    failure: "outbox delivery run failed",
    runOnce: async () => {
      const db = await getDb();
      if (transport) {
        const done = await deliverDueEmails(db, transport, { limit: BATCH });
        // A full batch means more may be due: do not wait a whole interval for the rest.
        return done.sent + done.retried + done.failed >= BATCH;
      }
      if (warnedNoSmtp) return false;
      const waiting = await db.outboxEmail.count({ where: { status: "PENDING" } });
      if (waiting > 0) {
        warnedNoSmtp = true;
        logger.warn({ waiting }, "mails are waiting in the outbox because SMTP_URL is not set");
      }
      return false;
    },
  });
  if (started) logger.info({ intervalMs, smtp: transport !== null }, "outbox worker started");
}

/** Asks for a delivery run soon, e.g. after a transaction that queued mail has committed. */
export function kickOutbox(): void {
  kickPoller(KEY);
}
