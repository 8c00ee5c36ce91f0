import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { text } from "@/lib/server/http/form-route";
import { exportSingleDocument } from "@/lib/server/records/export-documents";
import { recordRead } from "@/lib/server/records/read-log";
import { fileResponse } from "@/lib/server/http/download";
import { answerFailure, backWithErrors } from "@/lib/server/http/answer";
import { pagePath } from "@/lib/server/urls";

// One registered document released as its file or rendered PDF.
export const POST = staffFormRoute<{ id: string }>(
  "exportCaseDocuments",
  async ({ form, locale, session }, { id }) => {
    const result = await exportSingleDocument({
      user: session.user,
      requestId: id,
      documentId: text(form, "document"),
      reviewed: text(form, "reviewed") === "yes",
    });
    if (result.ok) {
      const documentId = text(form, "document");
      await recordRead({ staffId: session.user.id, entity: "document", entityId: documentId, caseId: id });
      return fileResponse(result.file);
    }
    const page = pagePath(locale, { pathname: "/staff/cases/[id]/documents", params: { id } });
    const target = { page, form: "single", keep: form, at: "?form=single#fel" };
    if (result.code !== "secret") return answerFailure(result, target);
    return backWithErrors(target, { reviewed: "refusedSecret" });
  },
);
