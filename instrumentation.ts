// Runs once when the server starts: connect, migrate and (in demo mode) seed before
// the first request, so /api/health is green as soon as the server says it is ready.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  // A wrong environment (e.g. production on a plain http:// address) stops the server here rather
  // than serving with cookies a browser would send in clear text.
  const { env } = await import("./lib/server/env");
  try {
    env();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  const { installPeerAddress } = await import("./lib/server/http/peer-address");
  installPeerAddress();
  const { getDb } = await import("./lib/server/db/client");
  const { logger } = await import("./lib/server/log");
  try {
    await getDb();
  } catch (error) {
    // Keep serving: /api/health reports 503 and the next request tries to connect again.
    logger.error({ err: (error as Error).message }, "database not ready at start");
  }
  // Every instance polls the outbox (each run connects anew, so a late database is fine); the claim
  // in deliverDueEmails keeps each mail to one sender.
  const { startOutboxWorker } = await import("./lib/server/mail/worker");
  startOutboxWorker();
  // Webhook deliveries to a diarium, claimed the same way (lib/server/webhooks/deliver.ts).
  const { startWebhookWorker } = await import("./lib/server/webhooks/worker");
  startWebhookWorker();
  const { startMaintenance } = await import("./lib/server/jobs/maintenance");
  startMaintenance();
  // Retention (gallring) daily; its batches take an advisory lock, so instances take turns.
  const { startRetention } = await import("./lib/server/retention/run");
  startRetention();
  // Reminders before partnership follow-ups; each is claimed once, however many instances run this.
  const { startFollowUpReminders } = await import("./lib/server/jobs/follow-up-reminders");
  startFollowUpReminders();
}
