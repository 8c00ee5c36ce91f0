import "server-only";
import type { DocumentFile } from "./document-content";

/** A released document, list or archive package as a download: never cached, never rendered inline. */
export function fileResponse(file: DocumentFile): Response {
  return new Response(Buffer.from(file.bytes), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.bytes.byteLength),
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

export const zipResponse = (filename: string, bytes: Uint8Array) =>
  fileResponse({ filename, bytes, contentType: "application/zip" });
