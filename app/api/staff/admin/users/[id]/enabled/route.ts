import { enabledSchema } from "@/lib/domain/admin-schemas";
import { staffCommandRoute, type CommandScope } from "@/lib/server/http/command-route";
import { setStaffUserEnabled } from "@/lib/server/staff/admin-users";
import { pagePath } from "@/lib/server/urls";

export const POST = staffCommandRoute("administer", {
  schema: enabledSchema,
  form: ({ locale, params }: CommandScope<{ id: string }>) => ({
    page: pagePath(locale, "/staff/admin/users"),
    form: `status-${params.id}`,
    field: `status-${params.id}`,
    keep: false,
  }),
  run: (actor, { enabled }, { id }) => setStaffUserEnabled(actor.id, id, enabled),
  done: ({ locale, command }) =>
    `${pagePath(locale, "/staff/admin/users")}?ok=${command.enabled ? "enabled" : "disabled"}`,
});
