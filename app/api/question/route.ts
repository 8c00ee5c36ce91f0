import { HONEYPOT_FIELD } from "@/components/form/honeypot";
import { pickSectionValues, validateSection } from "@/lib/domain/intake/schema";
import { QUESTION_SECTION } from "@/lib/domain/intake/sections";
import { getDb } from "@/lib/server/db/client";
import { typedText } from "@/lib/server/auth/refusal";
import { formRoute, text } from "@/lib/server/http/form-route";
import { tooManyRequestsResponse } from "@/lib/server/http/too-many-requests";
import { draftForPost } from "@/lib/server/intake/applicant-session";
import { saveSection } from "@/lib/server/intake/save-section";
import { sendRequest } from "@/lib/server/intake/send-request";
import { checkRateLimit, clientIp } from "@/lib/server/rate-limit";
import { pagePath, seeOther } from "@/lib/server/urls";
import { isIdempotencyKey } from "@/lib/server/intake/tokens";
import { derivedIdempotencyKey, formCookie } from "@/lib/server/intake/form-cookie";

// "Just ask a question": saved like a draft (so nothing typed is lost on an error), sent at once
// when valid, with its own number, receipt and status page.
export const POST = formRoute(async ({ request, form, locale }) => {
  const page = pagePath(locale, "/fraga");
  const correct = `${pagePath(locale, "/fraga/rattelse")}#fel`;
  if (text(form, HONEYPOT_FIELD)) return seeOther(page);
  const values = pickSectionValues(QUESTION_SECTION, (name) => text(form, name));
  // The correction page carries a key of its own; the prerendered form relies on the form cookie.
  const key =
    text(form, "idempotencyKey") ||
    derivedIdempotencyKey(await formCookie(), clientIp(request.headers), values);
  const receipt = seeOther(pagePath(locale, "/fraga/kvitto"));
  const draft = await draftForPost("QUESTION", locale, key, request.headers);
  // A double click or a re-post of a question already sent: the same receipt, not a second question.
  if (!draft.ok) return tooManyRequestsResponse(locale, draft.retryAfterSeconds, page, typedText(form));
  if (draft.sent) return receipt;
  const draftId = draft.id;
  const saved = await saveSection(draftId, "question", values);
  if (Object.keys(validateSection(QUESTION_SECTION, values)).length) return seeOther(correct);
  if (!isIdempotencyKey(key)) return seeOther(correct);
  const limit = await checkRateLimit(await getDb(), "question", request.headers);
  if (!limit.allowed) return tooManyRequestsResponse(locale, limit.retryAfterSeconds, page);
  const result = await sendRequest({ requestId: draftId, idempotencyKey: key, locale, draft: saved });
  return result.ok ? receipt : seeOther(correct);
});
