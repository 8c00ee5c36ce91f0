import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { createPartnership } from "@/lib/server/partnerships/create-partnership";
import { partnershipPage, readerOf, respond } from "@/lib/server/partnerships/respond";
import { pagePath, seeOther } from "@/lib/server/urls";

// A partnership entered directly, for an agreement that exists already.
export const POST = staffFormRoute("managePartnerships", async ({ form, locale, session }) => {
  const result = await createPartnership(readerOf(form), session.user.id);
  if (result.ok && result.id) return seeOther(`${partnershipPage(locale, result.id)}?ok=created`);
  return respond(result, { page: pagePath(locale, "/staff/partnerships/new"), formName: "new", form });
});
