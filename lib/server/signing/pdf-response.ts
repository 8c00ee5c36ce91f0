import "server-only";
import { fileResponse } from "../records/responses";

/** A PDF as a download, never rendered inline in our origin. */
export function pdfDownload(bytes: Uint8Array, filename: string): Response {
  return fileResponse({ filename, bytes, contentType: "application/pdf" });
}
