import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { saveSecuritySettings } from "@/lib/server/auth/security-settings";
import { getDb } from "@/lib/server/db/client";
import { text } from "@/lib/server/http/form-route";
import { pagePath, seeOther } from "@/lib/server/urls";

// The administrators' switch: a second factor for every staff member (audited in saveSecuritySettings).
export const POST = staffFormRoute("administer", async ({ form, locale, session }) => {
  const secondFactorForEveryone = text(form, "secondFactorForEveryone") === "on";
  await saveSecuritySettings(await getDb(), session.user.id, { secondFactorForEveryone });
  return seeOther(`${pagePath(locale, "/staff/admin/settings")}?ok=security#security-heading`);
});
