import "server-only";
import { notFoundResponse } from "./html-page";
import { readAttachment } from "../files/attachments";
import { getDb } from "../db/client";

/** Sends an attachment as a download. Callers decide first who may read it (requestId must match). */
export async function attachmentDownload(attachmentId: string, allowedRequestId: string): Promise<Response> {
  const file = await readAttachment(await getDb(), attachmentId);
  if (!file || file.requestId !== allowedRequestId) return notFoundResponse();
  const ascii = file.filename.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return new Response(Buffer.from(file.bytes), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.size),
      // Always a download, never rendered inline in our origin.
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
