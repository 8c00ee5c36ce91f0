import { getDb } from "@/lib/server/db/client";
import { staffDownloadRoute } from "@/lib/server/http/download";
import { attachmentFile } from "@/lib/server/http/file-download";

// Case documents for staff who may read them (experts get theirs through their opinion page).
export const GET = staffDownloadRoute<{ id: string }>("readDocuments", async (_ctx, { id }) => {
  const db = await getDb();
  const owner = await db.attachment
    .findUnique({ where: { id }, select: { requestId: true, request: { select: { status: true } } } })
    .catch(() => null);
  // A draft belongs to the browser that writes it until it is sent.
  if (!owner || owner.request.status === "DRAFT") return null;
  const file = await attachmentFile(id, owner.requestId);
  return file && { file, read: { entity: "attachment", entityId: id, caseId: owner.requestId } };
});
