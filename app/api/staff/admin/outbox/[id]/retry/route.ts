import { fail, ok } from "@/lib/domain/result";
import { staffCommandRoute, type CommandScope } from "@/lib/server/http/command-route";
import { retryOutboxMail } from "@/lib/server/mail/outbox-admin";
import { kickOutbox } from "@/lib/server/mail/worker";
import { pagePath } from "@/lib/server/urls";

export const POST = staffCommandRoute("administer", {
  form: ({ locale, params }: CommandScope<{ id: string }>) => ({
    page: pagePath(locale, "/staff/admin/outbox"),
    form: `retry-${params.id}`,
    inAddress: true,
  }),
  run: async (actor, _command, { id }) => ((await retryOutboxMail(id, actor.id)) ? ok() : fail("notFound")),
  done: ({ locale }) => {
    kickOutbox();
    return `${pagePath(locale, "/staff/admin/outbox")}?ok=retried`;
  },
});
