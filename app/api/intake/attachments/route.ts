import { getDb } from "@/lib/server/db/client";
import { addAttachment } from "@/lib/server/files/attachments";
import { formRoute } from "@/lib/server/http/form-route";
import { tooManyRequestsResponse } from "@/lib/server/http/too-many-requests";
import { currentApplicantRequest } from "@/lib/server/intake/applicant-session";
import { checkRateLimit } from "@/lib/server/rate-limit";
import { pagePath, seeOther } from "@/lib/server/urls";

// Upload to the browser's own draft. A refused file leaves the rest of the draft untouched.
export const POST = formRoute(async ({ request, form, locale }) => {
  const back = pagePath(locale, "/forfragan/bilagor");
  const draft = await currentApplicantRequest("COLLABORATION");
  if (!draft || draft.status !== "DRAFT") return seeOther(pagePath(locale, "/forfragan"));
  const db = await getDb();
  const limit = await checkRateLimit(db, "upload", request.headers);
  if (!limit.allowed) return tooManyRequestsResponse(locale, limit.retryAfterSeconds, back);
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return seeOther(`${back}?fel=empty#fel`);
  const result = await addAttachment(db, { requestId: draft.id, file, uploadedBy: "APPLICANT" });
  return seeOther(result.ok ? `${back}?ok=uploaded` : `${back}?fel=${result.code}#fel`);
});
