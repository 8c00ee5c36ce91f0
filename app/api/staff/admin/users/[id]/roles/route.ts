import { fieldErrors, rolesSchema } from "@/lib/domain/admin-schemas";
import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { text } from "@/lib/server/http/form-route";
import { updateStaffRoles } from "@/lib/server/staff/admin-users";
import { formValues, setFlash } from "@/lib/server/staff/flash";
import { pagePath, seeOther } from "@/lib/server/urls";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const POST = staffFormRoute<{ id: string }>(
  "administer",
  async ({ form, locale, session }, { id }) => {
    const page = pagePath(locale, "/staff/admin/users");
    const name = `roles-${id}`;
    const fail = async (errors: Record<string, string>) => {
      await setFlash({ form: name, values: formValues(form), errors });
      return seeOther(`${page}?fel=${name}#fel`);
    };
    if (!UUID.test(id)) return fail({ roles: "notFound" });
    const parsed = rolesSchema.safeParse({
      roles: form.getAll("roles").filter((v) => typeof v === "string"),
      expertKind: text(form, "expertKind"),
    });
    if (!parsed.success) return fail(fieldErrors(parsed.error));
    const result = await updateStaffRoles(session.user.id, id, parsed.data);
    if (!result.ok) return fail({ roles: result.error });
    return seeOther(`${page}?ok=roles`);
  },
);
