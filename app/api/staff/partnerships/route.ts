import { newPartnershipSchema } from "@/lib/domain/partnership";
import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { formToObject } from "@/lib/server/http/form-to-object";
import { createPartnership } from "@/lib/server/partnerships/create-partnership";
import { partnershipPage, respond } from "@/lib/server/partnerships/respond";
import { pagePath, seeOther } from "@/lib/server/urls";

// A partnership entered directly, for an agreement that exists already.
export const POST = staffFormRoute("managePartnerships", async ({ form, locale, session }) => {
  const result = await createPartnership(session.user, formToObject(newPartnershipSchema, form));
  if (result.ok && result.id) return seeOther(`${partnershipPage(locale, result.id)}?ok=created`);
  return respond(result, { page: pagePath(locale, "/staff/partnerships/new"), formName: "new", form });
});
