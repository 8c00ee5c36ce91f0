import { staffDownloadRoute } from "@/lib/server/http/download";
import { partnerReportFile } from "@/lib/server/partnerships/partner-reports";

// An attachment of a partner report, for everyone who may see partnerships; always as a download.
export const GET = staffDownloadRoute<{ id: string; fileId: string }>(
  "viewPartnerships",
  async (_ctx, { id, fileId }) => {
    const file = await partnerReportFile(id, fileId);
    return file && { file, read: { entity: "partner_report", entityId: fileId } };
  },
);
