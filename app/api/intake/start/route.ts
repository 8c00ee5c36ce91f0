import { getDb } from "@/lib/server/db/client";
import { formRoute } from "@/lib/server/http/form-route";
import { tooManyRequestsResponse } from "@/lib/server/http/too-many-requests";
import { currentApplicantRequest, startDraft } from "@/lib/server/intake/applicant-session";
import { checkRateLimit } from "@/lib/server/rate-limit";
import { pagePath, seeOther } from "@/lib/server/urls";

// Public: anyone may start a draft. The draft belongs to this browser through its cookie; new drafts
// are rate-limited per address so a script cannot fill the database.
export const POST = formRoute(async ({ request, locale }) => {
  const current = await currentApplicantRequest("COLLABORATION");
  if (current?.status !== "DRAFT") {
    const limit = await checkRateLimit(await getDb(), "draft", request.headers);
    if (!limit.allowed)
      return tooManyRequestsResponse(locale, limit.retryAfterSeconds, pagePath(locale, "/forfragan"));
    await startDraft("COLLABORATION", locale);
  }
  return seeOther(pagePath(locale, "/forfragan/oversikt"));
});
