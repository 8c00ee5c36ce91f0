import { notFoundResponse } from "@/lib/server/http/html-page";
import { attachmentDownload } from "@/lib/server/http/file-download";
import { requestByStatusToken } from "@/lib/server/intake/status";

// Files of a case, for the holder of its private link only.
export async function GET(_request: Request, { params }: RouteContext<"/api/status/[token]/files/[id]">) {
  const { token, id } = await params;
  const req = await requestByStatusToken(token);
  if (!req) return notFoundResponse();
  return attachmentDownload(id, req.id);
}
