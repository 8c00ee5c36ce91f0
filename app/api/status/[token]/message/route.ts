import { notFoundResponse } from "@/lib/server/http/html-page";
import { getDb } from "@/lib/server/db/client";
import { formRoute, text } from "@/lib/server/http/form-route";
import { tooManyRequestsResponse } from "@/lib/server/http/too-many-requests";
import { MESSAGE_MAX } from "@/lib/domain/applicant-forms";
import { sendApplicantMessage } from "@/lib/server/intake/applicant-actions";
import { requestByStatusToken } from "@/lib/server/intake/status";
import { checkRateLimit } from "@/lib/server/rate-limit";
import { pagePath, seeOther } from "@/lib/server/urls";

// The private link is the credential: only its holder can write in the case.
export const POST = formRoute<{ token: string }>(async ({ request, form, locale }, { token }) => {
  const req = await requestByStatusToken(token);
  if (!req) return notFoundResponse();
  const page = pagePath(locale, { pathname: "/status/[token]", params: { token } });
  if (req.status !== "OPEN") return seeOther(`${page}?fel=closed#fel`);
  const body = text(form, "message").trim();
  if (!body) return seeOther(`${page}?fel=messageEmpty#fel`);
  if (body.length > MESSAGE_MAX) return seeOther(`${page}?fel=messageTooLong#fel`);
  const limit = await checkRateLimit(await getDb(), "message", request.headers);
  if (!limit.allowed) return tooManyRequestsResponse(locale, limit.retryAfterSeconds, page, body);
  const file = form.get("file");
  const result = await sendApplicantMessage(req, body, file instanceof File ? file : null);
  if (!result.ok) return seeOther(`${page}?ok=message&fel=${result.code}#fel`);
  return seeOther(`${page}?ok=message#messages`);
});
