import { getDb, getDbKind } from "@/lib/server/db/client";
import { checkHealth } from "@/lib/server/health";
import { requestLogger } from "@/lib/server/log";
import { requestIdFrom } from "@/lib/server/request-id";

// Public on purpose: load balancers and monitoring call it. It reveals no data, only states.
export async function GET(request: Request) {
  const requestId = requestIdFrom(request.headers);
  const report = await checkHealth(async () => {
    const db = await getDb();
    return { kind: await getDbKind(), ping: () => db.$queryRaw`SELECT 1` };
  });
  if (report.status !== "ok") requestLogger(requestId).warn({ route: "/api/health" }, "database unavailable");
  return Response.json(report, {
    status: report.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store", "X-Request-Id": requestId },
  });
}
