import { getDb } from "@/lib/server/db/client";
import { partnerEmailSchema } from "@/lib/domain/partner-report";
import { formRoute, text } from "@/lib/server/http/form-route";
import { tooManyRequestsResponse } from "@/lib/server/http/too-many-requests";
import { renewPartnerLinks } from "@/lib/server/partnerships/partner-link";
import { checkRateLimit, hitRateLimit, RATE_LIMITS } from "@/lib/server/rate-limit";
import { pagePath, seeOther } from "@/lib/server/urls";

// "I lost my partner link": the same answer whether or not the address belongs to a contact, with
// the limits of the status link's form (per client, and per address).
export const POST = formRoute(async ({ request, form, locale }) => {
  const page = pagePath(locale, "/samarbete/ny-lank");
  const email = partnerEmailSchema.safeParse(text(form, "email"));
  if (!email.success) return seeOther(`${page}?fel=email#fel`);
  const db = await getDb();
  const limit = await checkRateLimit(db, "link", request.headers);
  if (!limit.allowed) return tooManyRequestsResponse(locale, limit.retryAfterSeconds, page, email.data);
  const perAddress = { bucket: "statusLinkAddress", ...RATE_LIMITS.statusLinkAddress };
  if ((await hitRateLimit(db, { ...perAddress, ip: `partner:${email.data}` })).allowed)
    await renewPartnerLinks(email.data, locale);
  return seeOther(`${page}?skickad=1`);
});
