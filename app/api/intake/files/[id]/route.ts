import { notFoundResponse } from "@/lib/server/http/html-page";
import { currentApplicantRequest } from "@/lib/server/intake/applicant-session";
import { attachmentDownload } from "@/lib/server/http/file-download";

// Only the browser holding the draft's cookie may download the draft's files.
export async function GET(_request: Request, { params }: RouteContext<"/api/intake/files/[id]">) {
  const draft = await currentApplicantRequest("COLLABORATION");
  if (!draft) return notFoundResponse();
  return attachmentDownload((await params).id, draft.id);
}
