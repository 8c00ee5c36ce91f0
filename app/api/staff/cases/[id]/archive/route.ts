import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { caseArchivePackage } from "@/lib/server/records/archive-package";
import { recordRead } from "@/lib/server/records/read-log";
import { fileResponse } from "@/lib/server/http/download";
import { answerFailure, backWithErrors } from "@/lib/server/http/answer";
import { pagePath } from "@/lib/server/urls";

// A closed case's archive package for the e-archive (ZIP), made on demand and logged.
export const POST = staffFormRoute<{ id: string }>("exportArchive", async ({ locale, session }, { id }) => {
  const result = await caseArchivePackage({ user: session.user, requestId: id });
  if (result.ok) {
    await recordRead({ staffId: session.user.id, entity: "document_export", entityId: id, caseId: id });
    return fileResponse({ filename: result.filename, bytes: result.bytes, contentType: "application/zip" });
  }
  const page = pagePath(locale, { pathname: "/staff/cases/[id]/documents", params: { id } });
  const target = { page, form: "archive", keep: null, at: "?form=archive#fel" };
  if (result.code !== "notClosed") return answerFailure(result, target);
  return backWithErrors(target, { archive: "notClosed" });
});
