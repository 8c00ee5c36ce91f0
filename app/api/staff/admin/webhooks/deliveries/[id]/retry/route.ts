import { fail, ok } from "@/lib/domain/result";
import { staffCommandRoute, type CommandScope } from "@/lib/server/http/command-route";
import { pagePath } from "@/lib/server/urls";
import { retryWebhookDelivery } from "@/lib/server/webhooks/retry-delivery";
import { kickWebhooks } from "@/lib/server/webhooks/worker";

export const POST = staffCommandRoute("administer", {
  form: ({ locale, params }: CommandScope<{ id: string }>) => ({
    page: pagePath(locale, "/staff/admin/webhooks"),
    form: `retry-${params.id}`,
    inAddress: true,
  }),
  run: async (actor, _command, { id }) =>
    (await retryWebhookDelivery(id, actor.id)) ? ok() : fail("notFound"),
  done: ({ locale }) => {
    kickWebhooks();
    return `${pagePath(locale, "/staff/admin/webhooks")}?ok=retried#leveranser`;
  },
});
