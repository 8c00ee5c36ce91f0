import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { partnershipArchivePackage } from "@/lib/server/records/partnership-archive";
import { fileResponse } from "@/lib/server/http/download";
import { answerFailure, backWithErrors } from "@/lib/server/http/answer";
import { pagePath } from "@/lib/server/urls";

// An ended partnership's archive package for the e-archive (ZIP), made on demand and logged.
export const POST = staffFormRoute<{ id: string }>("exportArchive", async ({ locale, session }, { id }) => {
  const result = await partnershipArchivePackage({ user: session.user, partnershipId: id });
  if (result.ok)
    return fileResponse({ filename: result.filename, bytes: result.bytes, contentType: "application/zip" });
  const page = pagePath(locale, "/staff/registry");
  const target = { page, form: "partnership-archive", keep: null, at: "?form=partnership-archive#fel" };
  if (result.code !== "notClosed") return answerFailure(result, target);
  return backWithErrors(target, { archive: "partnershipNotEnded" });
});
