import "server-only";
import type { Permission } from "@/lib/domain/permissions";
import { requireStaffApi } from "../auth/api-access";
import type { StaffSession } from "../auth/session";
import { recordRead, type ReadEntry } from "../records/read-log";
import { forbiddenResponse, notFoundResponse } from "./html-page";

// Every file the portal hands out (documents, attachments, PDFs, archives, extracts) leaves through
// fileResponse, and every staff download route through staffDownloadRoute: the permission is
// checked before anything is read, what is not found (or not theirs) is a plain 404, and a read of a
// case's or a partnership's records is written to the read log (lib/server/records/read-log.ts).

export interface DownloadFile {
  filename: string;
  contentType: string;
  bytes: Uint8Array;
}

/** A file as a download: never cached, never rendered inline in our origin. */
export function fileResponse(file: DownloadFile): Response {
  // An ASCII name for old clients beside the exact UTF-8 name (RFC 6266).
  const ascii = file.filename.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return new Response(Buffer.from(file.bytes), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.bytes.byteLength),
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

export const pdfFile = (filename: string, bytes: Uint8Array): DownloadFile => ({
  filename,
  bytes,
  contentType: "application/pdf",
});

export interface DownloadContext {
  session: StaffSession;
  /** The query string: `lang`, and the route's own choices (a period, the signed copy). */
  query: URLSearchParams;
  /** The file's language: `?lang=en` for English, Swedish otherwise. */
  locale: "sv" | "en";
}

/** What a staff download serves: the file, and the read-log entry when the read is of records. */
export interface Download {
  file: DownloadFile;
  read?: Omit<ReadEntry, "staffId">;
}

/** A GET route serving one file to staff holding `permission`; `load` null answers 404. */
export function staffDownloadRoute<P>(
  permission: Permission,
  load: (ctx: DownloadContext, params: P) => Promise<Download | null>,
) {
  return async (request: Request, { params }: { params: Promise<P> }): Promise<Response> => {
    const session = await requireStaffApi(permission);
    if (!session) return forbiddenResponse();
    const query = new URL(request.url).searchParams;
    const found = await load(
      { session, query, locale: query.get("lang") === "en" ? "en" : "sv" },
      await params,
    );
    if (!found) return notFoundResponse();
    if (found.read) await recordRead({ staffId: session.user.id, ...found.read });
    return fileResponse(found.file);
  };
}
