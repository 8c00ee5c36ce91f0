import { rolesSchema } from "@/lib/domain/admin-schemas";
import { staffCommandRoute, type CommandScope } from "@/lib/server/http/command-route";
import { updateStaffRoles } from "@/lib/server/staff/admin-users";
import { pagePath } from "@/lib/server/urls";

export const POST = staffCommandRoute("administer", {
  schema: rolesSchema,
  form: ({ locale, params }: CommandScope<{ id: string }>) => ({
    page: pagePath(locale, "/staff/admin/users"),
    form: `roles-${params.id}`,
    field: "roles",
  }),
  run: (actor, command, { id }) => updateStaffRoles(actor.id, id, command),
  done: ({ locale }) => `${pagePath(locale, "/staff/admin/users")}?ok=roles`,
});
