import { requireStaffApi } from "@/lib/server/auth/api-access";
import { csvDocument } from "@/lib/server/http/csv";
import { exportAuditEvents, parseAuditFilter } from "@/lib/server/audit/query";
import { forbiddenResponse } from "@/lib/server/http/html-page";

// The audit trail under the page's filter as CSV, streamed in batches.
export async function GET(request: Request) {
  const session = await requireStaffApi("readAuditTrail");
  if (!session) return forbiddenResponse();
  const filter = parseAuditFilter(Object.fromEntries(new URL(request.url).searchParams));
  async function* rows() {
    for await (const r of exportAuditEvents(filter)) {
      yield [
        r.createdAt.toISOString(),
        r.actorType,
        r.actor?.name ?? "",
        r.entity,
        r.entityId,
        r.action,
        JSON.stringify(r.changes ?? {}),
        r.requestId ?? "",
      ];
    }
  }
  const header = ["time", "actor_type", "actor", "entity", "entity_id", "action", "changes", "request_id"];
  return csvDocument(header, rows(), `granskningslogg-${new Date().toISOString().slice(0, 10)}.csv`);
}
