import "server-only";
import { notFoundResponse } from "./html-page";
import { fileResponse, type DownloadFile } from "./download";
import { readAttachment } from "../files/attachments";
import { getDb } from "../db/client";

/** An attachment's file, if it belongs to `allowedRequestId`. Callers decide first who may read it. */
export async function attachmentFile(
  attachmentId: string,
  allowedRequestId: string,
): Promise<DownloadFile | null> {
  const file = await readAttachment(await getDb(), attachmentId);
  return file && file.requestId === allowedRequestId ? file : null;
}

/** Sends an attachment of `allowedRequestId` as a download, or 404. */
export async function attachmentDownload(attachmentId: string, allowedRequestId: string): Promise<Response> {
  const file = await attachmentFile(attachmentId, allowedRequestId);
  return file ? fileResponse(file) : notFoundResponse();
}
