import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { text } from "@/lib/server/http/form-route";
import { forbiddenResponse, notFoundResponse } from "@/lib/server/http/html-page";
import { exportDocumentList } from "@/lib/server/records/export-documents";
import { recordRead } from "@/lib/server/records/read-log";
import { fileResponse } from "@/lib/server/http/download";

// The list of a case's documents for a public-records request (a POST: the choice to include
// documents marked secret is the user's, and it is logged).
export const POST = staffFormRoute<{ id: string }>(
  "exportCaseDocuments",
  async ({ form, locale, session }, { id }) => {
    const result = await exportDocumentList({
      user: session.user,
      requestId: id,
      format: text(form, "format") === "pdf" ? "pdf" : "csv",
      reviewed: text(form, "reviewed") === "yes",
      locale,
    });
    if (result.ok) {
      await recordRead({ staffId: session.user.id, entity: "document_export", entityId: id, caseId: id });
      return fileResponse(result.file);
    }
    return result.code === "forbidden" ? forbiddenResponse() : notFoundResponse();
  },
);
