import { HONEYPOT_FIELD } from "@/components/form/honeypot";
import { getDb } from "@/lib/server/db/client";
import { formRoute, text } from "@/lib/server/http/form-route";
import { tooManyRequestsResponse } from "@/lib/server/http/too-many-requests";
import { currentApplicantRequest } from "@/lib/server/intake/applicant-session";
import { sendRequest } from "@/lib/server/intake/send-request";
import { checkRateLimit } from "@/lib/server/rate-limit";
import { pagePath, seeOther } from "@/lib/server/urls";
import { isIdempotencyKey } from "@/lib/server/intake/tokens";

// Sends the browser's own draft. Idempotent: a repeat finds it sent and shows the same receipt.
export const POST = formRoute(async ({ request, form, locale }) => {
  const check = pagePath(locale, "/forfragan/kontrollera");
  const receipt = pagePath(locale, "/forfragan/kvitto");
  const draft = await currentApplicantRequest("COLLABORATION");
  if (!draft) return seeOther(pagePath(locale, "/forfragan"));
  if (draft.status !== "DRAFT") return seeOther(receipt);
  if (text(form, HONEYPOT_FIELD)) return seeOther(check); // a bot: nothing is sent, nothing said
  if (text(form, "consent") !== "yes") return seeOther(`${check}?fel=consent#fel`);
  const key = text(form, "idempotencyKey");
  if (!isIdempotencyKey(key)) return seeOther(`${check}?fel=sendFailed#fel`);

  const limit = await checkRateLimit(await getDb(), "send", request.headers);
  if (!limit.allowed) return tooManyRequestsResponse(locale, limit.retryAfterSeconds, check);

  const result = await sendRequest({ requestId: draft.id, idempotencyKey: key, locale, draft });
  if (result.ok) return seeOther(receipt);
  if (result.code === "incomplete") return seeOther(`${check}?fel=incomplete#fel`);
  return seeOther(
    `${check}?fel=${result.code === "idempotencyConflict" ? "idempotencyConflict" : "sendFailed"}#fel`,
  );
});
