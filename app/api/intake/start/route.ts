import { formRoute } from "@/lib/server/http/form-route";
import { tooManyRequestsResponse } from "@/lib/server/http/too-many-requests";
import { currentApplicantRequest, startDraft } from "@/lib/server/intake/applicant-session";
import { pagePath, seeOther } from "@/lib/server/urls";

// Public: anyone may start a draft. The draft belongs to this browser through its cookie; new drafts
// are rate-limited per address (in startDraft) so a script cannot fill the database.
export const POST = formRoute(async ({ request, locale }) => {
  const current = await currentApplicantRequest("COLLABORATION");
  if (current?.status !== "DRAFT") {
    const started = await startDraft("COLLABORATION", locale, request.headers);
    if (!started.ok)
      return tooManyRequestsResponse(locale, started.retryAfterSeconds, pagePath(locale, "/forfragan"));
  }
  return seeOther(pagePath(locale, "/forfragan/oversikt"));
});
