import "server-only";
import {
  detectFileType,
  filenameWithExtension,
  MAX_FILE_BYTES,
  MAX_FILES_PER_REQUEST,
} from "@/lib/domain/file-type";
import type { Db } from "../db/client";
import { registerDocument } from "../records/register-document";
import { fileStore } from "./store";
import type { Result } from "@/lib/domain/result";

// Attachments of a request. These functions do not check who is asking: the caller (a page or
// action in lib/server) decides access first and passes only request ids the user may touch.

// Large files are written inside the transaction, and on the embedded database transactions queue.
const TRANSACTION = { maxWait: 15_000, timeout: 15_000 };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface AttachmentSummary {
  id: string;
  filename: string;
  contentType: string;
  size: number;
}

export type AddAttachmentResult = Result<
  { attachment: AttachmentSummary },
  "empty" | "tooLarge" | "badType" | "tooMany"
>;

/**
 * Stores one uploaded file for a request. The type is detected from the content; the stored name
 * ends with the detected extension and the stored type is the detected one. At most `maxFiles`
 * (default 5) attachments per request form (messageId unset) or per message.
 */
export async function addAttachment(
  db: Db,
  input: {
    requestId: string;
    file: File;
    uploadedBy: "APPLICANT" | "STAFF";
    messageId?: string;
    maxFiles?: number;
  },
): Promise<AddAttachmentResult> {
  // File.size is known before the body is read, so an oversized upload is refused without buffering.
  if (input.file.size === 0) return { ok: false, code: "empty" };
  if (input.file.size > MAX_FILE_BYTES) return { ok: false, code: "tooLarge" };
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  if (bytes.length === 0) return { ok: false, code: "empty" };
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, code: "tooLarge" };
  const type = detectFileType(bytes);
  if (!type) return { ok: false, code: "badType" };

  const messageId = input.messageId ?? null;
  const maxFiles = input.maxFiles ?? MAX_FILES_PER_REQUEST;
  const store = fileStore();
  return db.$transaction(async (tx): Promise<AddAttachmentResult> => {
    // Locking the request row serialises uploads to the same request, so the count below stays
    // true until this transaction commits: concurrent uploads cannot exceed the limit.
    const locked = await tx.$queryRaw<{ id: string; status: string }[]>`
      SELECT id, status::text AS status FROM request WHERE id = ${input.requestId}::uuid FOR UPDATE`;
    if (locked.length === 0) throw new Error("addAttachment: no such request");
    if (messageId) {
      const message = await tx.message.findFirst({ where: { id: messageId, requestId: input.requestId } });
      if (!message) throw new Error("addAttachment: the message belongs to another request");
    }
    const existing = await tx.attachment.count({ where: { requestId: input.requestId, messageId } });
    if (existing >= maxFiles) return { ok: false, code: "tooMany" };

    const storageKey = await store.put(tx, bytes);
    const attachment = await tx.attachment.create({
      data: {
        requestId: input.requestId,
        messageId,
        storageKey,
        filename: filenameWithExtension(input.file.name, type.extension),
        contentType: type.mime,
        size: bytes.length,
        uploadedBy: input.uploadedBy,
      },
      select: { id: true, filename: true, contentType: true, size: true },
    });
    // A draft's files are registered when it is sent (lib/server/intake/send-request.ts); later
    // files (with a message, or added by staff) are registered as they arrive.
    if (locked[0]!.status !== "DRAFT")
      await registerDocument(tx, {
        requestId: input.requestId,
        direction: input.uploadedBy === "APPLICANT" ? "IN" : "INTERNAL",
        kind: "ATTACHMENT",
        refId: attachment.id,
        description: `${messageId ? "Bilaga till meddelande" : "Bilaga"}: ${attachment.filename}`,
      });
    return { ok: true, attachment };
  }, TRANSACTION);
}

/** Removes an attachment and its stored bytes, only if it belongs to the request. */
export async function removeAttachment(
  db: Db,
  input: { requestId: string; attachmentId: string },
): Promise<boolean> {
  if (!UUID.test(input.requestId) || !UUID.test(input.attachmentId)) return false;
  const store = fileStore();
  return db.$transaction(async (tx) => {
    const attachment = await tx.attachment.findFirst({
      where: { id: input.attachmentId, requestId: input.requestId },
      select: { id: true, storageKey: true },
    });
    if (!attachment) return false;
    await tx.attachment.delete({ where: { id: attachment.id } });
    await store.remove(tx, attachment.storageKey);
    return true;
  }, TRANSACTION);
}

/** The request's attachments, oldest first, without their contents. */
export async function listAttachments(db: Db, requestId: string) {
  if (!UUID.test(requestId)) return [];
  return db.attachment.findMany({
    where: { requestId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      filename: true,
      contentType: true,
      size: true,
      messageId: true,
      uploadedBy: true,
      createdAt: true,
    },
  });
}

/** An attachment with its bytes, for download; null when unknown or its contents are missing. */
export async function readAttachment(
  db: Db,
  attachmentId: string,
): Promise<{
  filename: string;
  contentType: string;
  size: number;
  requestId: string;
  bytes: Uint8Array;
} | null> {
  if (!UUID.test(attachmentId)) return null;
  const attachment = await db.attachment.findUnique({
    where: { id: attachmentId },
    select: { filename: true, contentType: true, size: true, requestId: true, storageKey: true },
  });
  if (!attachment) return null;
  const bytes = await fileStore().get(db, attachment.storageKey);
  if (!bytes) return null;
  const { filename, contentType, size, requestId } = attachment;
  return { filename, contentType, size, requestId, bytes };
}
