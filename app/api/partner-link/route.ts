import { partnerLinkFormSchema } from "@/lib/domain/partner-report";
import { ok } from "@/lib/domain/result";
import { getDb } from "@/lib/server/db/client";
import { publicCommandRoute } from "@/lib/server/http/command-route";
import { renewPartnerLinks } from "@/lib/server/partnerships/partner-link";
import { hitRateLimit, RATE_LIMITS } from "@/lib/server/rate-limit";
import { pagePath } from "@/lib/server/urls";

// "I lost my partner link": the same answer whether or not the address belongs to a contact, with
// the limits of the status link's form (per client, and per address).
export const POST = publicCommandRoute({
  schema: partnerLinkFormSchema,
  form: ({ locale }) => ({
    page: pagePath(locale, "/samarbete/ny-lank"),
    form: "partner-link",
    inAddress: true,
  }),
  limit: { bucket: "link", unsaved: ({ email }) => email },
  run: async (_sender, { email }, _params, { locale }) => {
    const perAddress = { bucket: "statusLinkAddress", ...RATE_LIMITS.statusLinkAddress };
    if ((await hitRateLimit(await getDb(), { ...perAddress, ip: `partner:${email}` })).allowed)
      await renewPartnerLinks(email, locale);
    return ok();
  },
  done: ({ locale }) => `${pagePath(locale, "/samarbete/ny-lank")}?skickad=1`,
});
