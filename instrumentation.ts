// Runs once when the server starts: connect, migrate and (in demo mode) seed before
// the first request, so /api/health is green as soon as the server says it is ready. The work is in
// lib/server/start.ts, imported only in the Node.js runtime, so the edge build never compiles it.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { startServer } = await import("./lib/server/start");
    await startServer();
  }
}
