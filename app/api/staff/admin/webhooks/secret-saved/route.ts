import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { pagePath, seeOther } from "@/lib/server/urls";
import { clearNewSecret } from "@/lib/server/webhooks/new-secret-cookie";

// "I have saved the secret": the page stops showing it.
export const POST = staffFormRoute("administer", async ({ locale }) => {
  await clearNewSecret();
  return seeOther(pagePath(locale, "/staff/admin/webhooks"));
});
