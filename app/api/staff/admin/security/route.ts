import { securitySettingsSchema } from "@/lib/domain/admin-schemas";
import { ok } from "@/lib/domain/result";
import { saveSecuritySettings } from "@/lib/server/auth/security-settings";
import { getDb } from "@/lib/server/db/client";
import { staffCommandRoute } from "@/lib/server/http/command-route";
import { pagePath } from "@/lib/server/urls";

// The administrators' switch: a second factor for every staff member (audited in saveSecuritySettings).
export const POST = staffCommandRoute("administer", {
  schema: securitySettingsSchema,
  form: ({ locale }) => ({ page: pagePath(locale, "/staff/admin/settings"), form: "security" }),
  run: async (actor, command) => {
    await saveSecuritySettings(await getDb(), actor.id, command);
    return ok();
  },
  done: ({ locale }) => `${pagePath(locale, "/staff/admin/settings")}?ok=security#security-heading`,
});
