import { requireStaffApi } from "@/lib/server/auth/api-access";
import { forbiddenResponse, notFoundResponse } from "@/lib/server/http/html-page";
import { partnerReportFile } from "@/lib/server/partnerships/partner-reports";
import { recordRead } from "@/lib/server/records/read-log";

// An attachment of a partner report, for everyone who may see partnerships; always as a download.
export async function GET(
  _request: Request,
  { params }: RouteContext<"/api/staff/partnerships/[id]/partner-reports/files/[fileId]">,
) {
  const session = await requireStaffApi("viewPartnerships");
  if (!session) return forbiddenResponse();
  const { id, fileId } = await params;
  const file = await partnerReportFile(id, fileId);
  if (!file) return notFoundResponse();
  await recordRead({ staffId: session.user.id, entity: "partner_report", entityId: fileId });
  return new Response(file.bytes as BodyInit, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
