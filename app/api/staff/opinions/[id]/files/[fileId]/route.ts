import { staffDownloadRoute } from "@/lib/server/http/download";
import { attachmentFile } from "@/lib/server/http/file-download";
import { opinionForExpert } from "@/lib/server/staff/opinions";

// An expert may read the documents of a case they are consulted on, once they have declared no conflict.
export const GET = staffDownloadRoute<{ id: string; fileId: string }>(
  "giveOpinions",
  async ({ session }, { id, fileId }) => {
    const data = await opinionForExpert(id, session.user.id);
    if (!data || data.opinion.hasConflict !== false) return null;
    const file = await attachmentFile(fileId, data.opinion.requestId);
    return file && { file };
  },
);
