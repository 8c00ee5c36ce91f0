import { requireStaffApi } from "@/lib/server/auth/api-access";
import { refuseStaffForm } from "@/lib/server/auth/refusal";
import { saveSecuritySettings } from "@/lib/server/auth/security-settings";
import { getDb } from "@/lib/server/db/client";
import { formRoute, text } from "@/lib/server/http/form-route";
import { pagePath, seeOther } from "@/lib/server/urls";

// The administrators' switch: a second factor for every staff member (audited in saveSecuritySettings).
export const POST = formRoute(async ({ form, locale }) => {
  const session = await requireStaffApi("administer");
  if (!session) return refuseStaffForm(form, locale);
  const secondFactorForEveryone = text(form, "secondFactorForEveryone") === "on";
  await saveSecuritySettings(await getDb(), session.user.id, { secondFactorForEveryone });
  return seeOther(`${pagePath(locale, "/staff/admin/settings")}?ok=security#security-heading`);
});
