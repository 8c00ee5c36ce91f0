// What a server does once when it starts, in the Node.js runtime (instrumentation.ts): check the
// environment, connect, migrate and (in demo mode) seed before the first request, then start the
// background jobs.
export async function startServer(): Promise<void> {
  // A wrong environment (e.g. production on a plain http:// address) stops the server here rather
  // than serving with cookies a browser would send in clear text.
  const { env } = await import("./env");
  try {
    env();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  const { installPeerAddress } = await import("./http/peer-address");
  installPeerAddress();
  const { getDb } = await import("./db/client");
  const { logger } = await import("./log");
  try {
    await getDb();
  } catch (error) {
    // Keep serving: /api/health reports 503 and the next request tries to connect again.
    logger.error({ err: (error as Error).message }, "database not ready at start");
  }
  // Every instance polls the outbox (each run connects anew, so a late database is fine); the claim
  // in deliverDueEmails keeps each mail to one sender.
  const { startOutboxWorker } = await import("./mail/worker");
  startOutboxWorker();
  // Webhook deliveries to a diarium, claimed the same way (lib/server/webhooks/deliver.ts).
  const { startWebhookWorker } = await import("./webhooks/worker");
  startWebhookWorker();
  const { startMaintenance } = await import("./jobs/maintenance");
  startMaintenance();
  // Retention (gallring) daily; its batches take an advisory lock, so instances take turns.
  const { startRetention } = await import("./retention/run");
  startRetention();
  // Reminders before partnership follow-ups; each is claimed once, however many instances run this.
  const { startFollowUpReminders } = await import("./jobs/follow-up-reminders");
  startFollowUpReminders();
}
