import "server-only";
import { getDb } from "../db/client";
import { logger } from "../log";
import { kickPoller, startPoller } from "../queue/poller";
import { deliverDueWebhooks } from "./deliver";

const DEFAULT_INTERVAL_MS = 5_000;
const BATCH = 20;
const KEY = Symbol.for("lotsen.webhooks");

/** Starts the webhook poller of this process (once). */
export function startWebhookWorker(intervalMs = DEFAULT_INTERVAL_MS): void {
  const started = startPoller(KEY, {
    intervalMs,
    failure: "webhook delivery run failed",
    runOnce: async () => {
      const done = await deliverDueWebhooks(await getDb(), { limit: BATCH });
      return done.delivered + done.retried + done.failed >= BATCH;
    },
  });
  if (started) logger.info({ intervalMs }, "webhook worker started");
}

/** Asks for a delivery run soon, after a transaction that queued events has committed. */
export function kickWebhooks(): void {
  kickPoller(KEY);
}
