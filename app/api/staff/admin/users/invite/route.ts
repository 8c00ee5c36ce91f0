import { fieldErrors, inviteSchema } from "@/lib/domain/admin-schemas";
import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { text } from "@/lib/server/http/form-route";
import { kickOutbox } from "@/lib/server/mail/worker";
import { inviteStaffUser } from "@/lib/server/staff/admin-users";
import { formValues, setFlash } from "@/lib/server/staff/flash";
import { pagePath, seeOther } from "@/lib/server/urls";

export const POST = staffFormRoute("administer", async ({ form, locale, session }) => {
  const page = pagePath(locale, "/staff/admin/users");
  const parsed = inviteSchema.safeParse({
    name: text(form, "name"),
    email: text(form, "email"),
    roles: form.getAll("roles").filter((v) => typeof v === "string"),
    expertKind: text(form, "expertKind"),
  });
  const fail = async (errors: Record<string, string>) => {
    await setFlash({ form: "invite", values: formValues(form), errors });
    return seeOther(`${page}?fel=invite#fel`);
  };
  if (!parsed.success) return fail(fieldErrors(parsed.error));
  const result = await inviteStaffUser(parsed.data, locale, session.user.id);
  if (!result.ok) return fail({ email: result.error });
  kickOutbox();
  return seeOther(`${page}?ok=invited`);
});
