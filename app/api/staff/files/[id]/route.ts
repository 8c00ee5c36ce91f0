import { notFoundResponse, forbiddenResponse } from "@/lib/server/http/html-page";
import { requireStaffApi } from "@/lib/server/auth/api-access";
import { getDb } from "@/lib/server/db/client";
import { attachmentDownload } from "@/lib/server/http/file-download";
import { recordRead } from "@/lib/server/records/read-log";

// Case documents for staff who may read them (experts get theirs through their opinion page).
export async function GET(_request: Request, { params }: RouteContext<"/api/staff/files/[id]">) {
  const session = await requireStaffApi("readDocuments");
  if (!session) return forbiddenResponse();
  const { id } = await params;
  const db = await getDb();
  const file = await db.attachment
    .findUnique({ where: { id }, select: { requestId: true, request: { select: { status: true } } } })
    .catch(() => null);
  // A draft belongs to the browser that writes it until it is sent.
  if (!file || file.request.status === "DRAFT") return notFoundResponse();
  await recordRead({ staffId: session.user.id, entity: "attachment", entityId: id, caseId: file.requestId });
  return attachmentDownload(id, file.requestId);
}
