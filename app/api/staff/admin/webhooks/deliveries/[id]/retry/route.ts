import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { pagePath, seeOther } from "@/lib/server/urls";
import { retryWebhookDelivery } from "@/lib/server/webhooks/retry-delivery";
import { kickWebhooks } from "@/lib/server/webhooks/worker";

export const POST = staffFormRoute<{ id: string }>("administer", async ({ locale, session }, { id }) => {
  const page = pagePath(locale, "/staff/admin/webhooks");
  if (!(await retryWebhookDelivery(id, session.user.id))) return seeOther(`${page}?fel=notFound#fel`);
  kickWebhooks();
  return seeOther(`${page}?ok=retried#leveranser`);
});
