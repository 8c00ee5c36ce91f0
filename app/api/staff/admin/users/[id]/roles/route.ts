import { fieldErrors, rolesSchema } from "@/lib/domain/admin-schemas";
import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { answerFailure, backWithErrors } from "@/lib/server/http/answer";
import { text } from "@/lib/server/http/form-route";
import { updateStaffRoles } from "@/lib/server/staff/admin-users";
import { pagePath, seeOther } from "@/lib/server/urls";

export const POST = staffFormRoute<{ id: string }>(
  "administer",
  async ({ form, locale, session }, { id }) => {
    const page = pagePath(locale, "/staff/admin/users");
    const target = { page, form: `roles-${id}`, keep: form };
    const parsed = rolesSchema.safeParse({
      roles: form.getAll("roles").filter((v) => typeof v === "string"),
      expertKind: text(form, "expertKind"),
    });
    if (!parsed.success) return backWithErrors(target, fieldErrors(parsed.error));
    const result = await updateStaffRoles(session.user.id, id, parsed.data);
    if (!result.ok) return answerFailure(result, { ...target, field: "roles" });
    return seeOther(`${page}?ok=roles`);
  },
);
