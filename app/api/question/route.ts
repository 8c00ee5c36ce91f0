import { HONEYPOT_FIELD } from "@/components/form/honeypot";
import { pickSectionValues } from "@/lib/domain/intake/schema";
import { QUESTION_SECTION } from "@/lib/domain/intake/sections";
import { typedText } from "@/lib/server/auth/refusal";
import { formRoute, text } from "@/lib/server/http/form-route";
import { tooManyRequestsResponse } from "@/lib/server/http/too-many-requests";
import { askQuestion } from "@/lib/server/intake/ask-question";
import { derivedIdempotencyKey } from "@/lib/server/intake/question-key";
import { clientIp } from "@/lib/server/rate-limit";
import { pagePath, seeOther } from "@/lib/server/urls";

// "Just ask a question": sent at once when valid, with its own number, receipt and status page;
// otherwise saved like a draft for the correction page (lib/server/intake/ask-question.ts).
export const POST = formRoute(async ({ request, form, locale }) => {
  const page = pagePath(locale, "/fraga");
  if (text(form, HONEYPOT_FIELD)) return seeOther(page);
  const values = pickSectionValues(QUESTION_SECTION, (name) => text(form, name));
  // The correction page carries a key of its own; the prerendered form's posts get a derived one.
  const idempotencyKey =
    text(form, "idempotencyKey") || derivedIdempotencyKey(clientIp(request.headers), values);
  const asked = await askQuestion({ values, idempotencyKey, locale, headers: request.headers });
  if (asked.kind === "receipt") return seeOther(pagePath(locale, "/fraga/kvitto"));
  if (asked.kind === "correct") return seeOther(`${pagePath(locale, "/fraga/rattelse")}#fel`);
  const unsaved = asked.unsaved ? typedText(form) : undefined;
  return tooManyRequestsResponse(locale, asked.retryAfterSeconds, page, unsaved);
});
