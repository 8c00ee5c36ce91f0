import { csvDocument } from "@/lib/server/http/csv";
import { forbiddenResponse } from "@/lib/server/http/html-page";
import { requireStaffApi } from "@/lib/server/auth/api-access";
import { exportInbox, INBOX_CSV_HEADER, inboxCsvRow, parseInboxFilter } from "@/lib/server/staff/inbox";
import { searchText } from "@/lib/server/staff/inbox-search";
import { getWorkflowSettings } from "@/lib/server/workflow-settings";
import { recordRead } from "@/lib/server/records/read-log";

// The current inbox filter as CSV.
export async function GET(request: Request) {
  const session = await requireStaffApi("exportCases");
  if (!session) return forbiddenResponse();
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const filter = parseInboxFilter({ ...params, q: await searchText(params) });
  const rows = await exportInbox(filter, session.user.id, await getWorkflowSettings());
  // One row for the export; its query says what was exported.
  await recordRead({
    staffId: session.user.id,
    entity: "case_export",
    entityId: new URLSearchParams(params).toString().slice(0, 100) || "all",
  });
  const filename = `arenden-${new Date().toISOString().slice(0, 10)}.csv`;
  return csvDocument(INBOX_CSV_HEADER, rows.map(inboxCsvRow), filename);
}
