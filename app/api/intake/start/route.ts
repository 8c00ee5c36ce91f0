import { formRoute } from "@/lib/server/http/form-route";
import { currentApplicantRequest, startDraft } from "@/lib/server/intake/applicant-session";
import { pagePath, seeOther } from "@/lib/server/urls";

// Public: anyone may start a draft. The draft belongs to this browser through its cookie.
export const POST = formRoute(async ({ locale }) => {
  const current = await currentApplicantRequest("COLLABORATION");
  if (current?.status !== "DRAFT") await startDraft("COLLABORATION", locale);
  return seeOther(pagePath(locale, "/forfragan/oversikt"));
});
