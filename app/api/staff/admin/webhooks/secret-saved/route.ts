import { ok } from "@/lib/domain/result";
import { staffCommandRoute } from "@/lib/server/http/command-route";
import { pagePath } from "@/lib/server/urls";
import { clearNewSecret } from "@/lib/server/webhooks/new-secret-cookie";

// "I have saved the secret": the page stops showing it.
export const POST = staffCommandRoute("administer", {
  form: ({ locale }) => ({ page: pagePath(locale, "/staff/admin/webhooks"), form: "secret-saved" }),
  run: async () => {
    await clearNewSecret();
    return ok();
  },
  done: ({ locale }) => pagePath(locale, "/staff/admin/webhooks"),
});
