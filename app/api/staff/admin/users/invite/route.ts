import { inviteSchema } from "@/lib/domain/admin-schemas";
import { staffCommandRoute } from "@/lib/server/http/command-route";
import { kickOutbox } from "@/lib/server/mail/worker";
import { inviteStaffUser } from "@/lib/server/staff/admin-users";
import { pagePath } from "@/lib/server/urls";

export const POST = staffCommandRoute("administer", {
  schema: inviteSchema,
  form: ({ locale }) => ({ page: pagePath(locale, "/staff/admin/users"), form: "invite", field: "email" }),
  run: (actor, command, _params, { locale }) => inviteStaffUser(command, locale, actor.id),
  done: ({ locale }) => {
    kickOutbox();
    return `${pagePath(locale, "/staff/admin/users")}?ok=invited`;
  },
});
