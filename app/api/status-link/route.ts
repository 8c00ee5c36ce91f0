import { getDb } from "@/lib/server/db/client";
import { formRoute, text } from "@/lib/server/http/form-route";
import { tooManyRequestsResponse } from "@/lib/server/http/too-many-requests";
import { checkNewLinkForm } from "@/lib/server/intake/new-link-form";
import { renewStatusLinksLater } from "@/lib/server/intake/renew-status-link";
import { checkRateLimit, hitRateLimit, RATE_LIMITS } from "@/lib/server/rate-limit";
import { pagePath, seeOther } from "@/lib/server/urls";

// "I lost my link". The answer is the same whether or not a case was found, so the form tells
// nobody who has a case; limits per client and per address keep it from flooding a mailbox.
export const POST = formRoute(async ({ request, form, locale }) => {
  const page = pagePath(locale, "/ny-statuslank");
  const input = { email: text(form, "email"), number: text(form, "number") };
  const error = checkNewLinkForm(input);
  if (error) return seeOther(`${page}?fel=${error}#fel`);
  const db = await getDb();
  const limit = await checkRateLimit(db, "link", request.headers);
  if (!limit.allowed)
    return tooManyRequestsResponse(locale, limit.retryAfterSeconds, page, `${input.email} ${input.number}`);
  const perAddress = { bucket: "statusLinkAddress", ...RATE_LIMITS.statusLinkAddress };
  if ((await hitRateLimit(db, { ...perAddress, ip: input.email.trim().toLowerCase() })).allowed)
    renewStatusLinksLater(input);
  return seeOther(`${page}?skickad=1`);
});
