import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { text } from "@/lib/server/http/form-route";
import { forbiddenResponse, notFoundResponse } from "@/lib/server/http/html-page";
import { exportSingleDocument } from "@/lib/server/records/export-documents";
import { recordRead } from "@/lib/server/records/read-log";
import { fileResponse } from "@/lib/server/records/responses";
import { formValues, setFlash } from "@/lib/server/staff/flash";
import { pagePath, seeOther } from "@/lib/server/urls";

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
    if (result.code === "forbidden") return forbiddenResponse();
    if (result.code === "notFound") return notFoundResponse();
    await setFlash({ form: "single", values: formValues(form), errors: { reviewed: "refusedSecret" } });
    const page = pagePath(locale, { pathname: "/staff/cases/[id]/documents", params: { id } });
    return seeOther(`${page}?form=single#fel`);
  },
);
