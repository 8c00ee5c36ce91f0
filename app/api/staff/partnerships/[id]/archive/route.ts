import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { forbiddenResponse, notFoundResponse } from "@/lib/server/http/html-page";
import { partnershipArchivePackage } from "@/lib/server/records/partnership-archive";
import { zipResponse } from "@/lib/server/records/responses";
import { setFlash } from "@/lib/server/staff/flash";
import { pagePath, seeOther } from "@/lib/server/urls";

// An ended partnership's archive package for the e-archive (ZIP), made on demand and logged.
export const POST = staffFormRoute<{ id: string }>("exportArchive", async ({ locale, session }, { id }) => {
  const result = await partnershipArchivePackage({ user: session.user, partnershipId: id });
  if (result.ok) return zipResponse(result.filename, result.bytes);
  if (result.code === "forbidden") return forbiddenResponse();
  if (result.code === "notFound") return notFoundResponse();
  await setFlash({ form: "partnership-archive", values: {}, errors: { archive: "partnershipNotEnded" } });
  return seeOther(`${pagePath(locale, "/staff/registry")}?form=partnership-archive#fel`);
});
