import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { forbiddenResponse, notFoundResponse } from "@/lib/server/http/html-page";
import { caseArchivePackage } from "@/lib/server/records/archive-package";
import { recordRead } from "@/lib/server/records/read-log";
import { zipResponse } from "@/lib/server/records/responses";
import { setFlash } from "@/lib/server/staff/flash";
import { pagePath, seeOther } from "@/lib/server/urls";

// A closed case's archive package for the e-archive (ZIP), made on demand and logged.
export const POST = staffFormRoute<{ id: string }>("exportArchive", async ({ locale, session }, { id }) => {
  const result = await caseArchivePackage({ user: session.user, requestId: id });
  if (result.ok) {
    await recordRead({ staffId: session.user.id, entity: "document_export", entityId: id, caseId: id });
    return zipResponse(result.filename, result.bytes);
  }
  if (result.code === "forbidden") return forbiddenResponse();
  if (result.code === "notFound") return notFoundResponse();
  await setFlash({ form: "archive", values: {}, errors: { archive: "notClosed" } });
  const page = pagePath(locale, { pathname: "/staff/cases/[id]/documents", params: { id } });
  return seeOther(`${page}?form=archive#fel`);
});
