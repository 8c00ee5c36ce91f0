import { z } from "zod";
import { getDb } from "@/lib/server/db/client";
import { formRoute, text } from "@/lib/server/http/form-route";
import { tooManyRequestsResponse } from "@/lib/server/http/too-many-requests";
import { currentApplicantRequest } from "@/lib/server/intake/applicant-session";
import { sendResumeLink } from "@/lib/server/intake/resume-link";
import { checkRateLimit } from "@/lib/server/rate-limit";
import { pagePath, seeOther } from "@/lib/server/urls";

// Emails a save-and-return link for the browser's own draft, to an address the person gives.
export const POST = formRoute(async ({ request, form, locale }) => {
  const page = pagePath(locale, "/forfragan/spara");
  const draft = await currentApplicantRequest("COLLABORATION");
  if (!draft || draft.status !== "DRAFT") return seeOther(pagePath(locale, "/forfragan"));
  const email = text(form, "email").trim();
  if (!z.email().max(254).safeParse(email).success) return seeOther(`${page}?fel=email#fel`);
  const limit = await checkRateLimit(await getDb(), "link", request.headers);
  if (!limit.allowed) return tooManyRequestsResponse(locale, limit.retryAfterSeconds, page);
  await sendResumeLink(draft.id, email, locale);
  return seeOther(`${page}?skickad=1`);
});
