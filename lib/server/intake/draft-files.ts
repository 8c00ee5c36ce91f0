import "server-only";
import { getDb } from "../db/client";

/** Files sent with the form itself (not with a later message). */
export async function countDraftAttachments(requestId: string): Promise<number> {
  const db = await getDb();
  return db.attachment.count({ where: { requestId, messageId: null } });
}
