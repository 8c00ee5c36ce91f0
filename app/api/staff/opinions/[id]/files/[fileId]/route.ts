import { notFoundResponse, forbiddenResponse } from "@/lib/server/http/html-page";
import { requireStaffApi } from "@/lib/server/auth/api-access";
import { attachmentDownload } from "@/lib/server/http/file-download";
import { opinionForExpert } from "@/lib/server/staff/opinions";

// An expert may read the documents of a case they are consulted on, once they have declared no conflict.
export async function GET(
  _request: Request,
  { params }: RouteContext<"/api/staff/opinions/[id]/files/[fileId]">,
) {
  const session = await requireStaffApi("giveOpinions");
  if (!session) return forbiddenResponse();
  const { id, fileId } = await params;
  const data = await opinionForExpert(id, session.user.id);
  if (!data || data.opinion.hasConflict !== false) return notFoundResponse();
  return attachmentDownload(fileId, data.opinion.requestId);
}
