import { fail, ok } from "@/lib/domain/result";
import { staffCommandRoute, type CommandScope } from "@/lib/server/http/command-route";
import { pagePath } from "@/lib/server/urls";
import { stashNewSecret } from "@/lib/server/webhooks/new-secret-cookie";
import { rotateWebhookSecret } from "@/lib/server/webhooks/rotate-secret";

export const POST = staffCommandRoute("administer", {
  form: ({ locale, params }: CommandScope<{ id: string }>) => ({
    page: pagePath(locale, "/staff/admin/webhooks"),
    form: `rotate-${params.id}`,
    inAddress: true,
  }),
  run: async (actor, _command, { id }) => {
    const rotated = await rotateWebhookSecret(id, actor.id);
    return rotated ? ok({ secret: rotated.secret }) : fail("notFound");
  },
  // The new secret is shown once, from a cookie of this browser (new-secret-cookie.ts).
  done: async ({ locale, actor, params, result }) => {
    await stashNewSecret(actor.id, params.id, result.secret);
    return `${pagePath(locale, "/staff/admin/webhooks")}?ok=rotated#ny-hemlighet`;
  },
});
