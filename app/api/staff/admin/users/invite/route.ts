import { fieldErrors, inviteSchema } from "@/lib/domain/admin-schemas";
import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { text } from "@/lib/server/http/form-route";
import { kickOutbox } from "@/lib/server/mail/worker";
import { inviteStaffUser } from "@/lib/server/staff/admin-users";
import { answerFailure, backWithErrors } from "@/lib/server/http/answer";
import { pagePath, seeOther } from "@/lib/server/urls";

export const POST = staffFormRoute("administer", async ({ form, locale, session }) => {
  const page = pagePath(locale, "/staff/admin/users");
  const parsed = inviteSchema.safeParse({
    name: text(form, "name"),
    email: text(form, "email"),
    roles: form.getAll("roles").filter((v) => typeof v === "string"),
    expertKind: text(form, "expertKind"),
  });
  const target = { page, form: "invite", keep: form };
  if (!parsed.success) return backWithErrors(target, fieldErrors(parsed.error));
  const result = await inviteStaffUser(parsed.data, locale, session.user.id);
  if (!result.ok) return answerFailure(result, { ...target, field: "email" });
  kickOutbox();
  return seeOther(`${page}?ok=invited`);
});
