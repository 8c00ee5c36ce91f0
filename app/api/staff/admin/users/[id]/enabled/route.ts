import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { text } from "@/lib/server/http/form-route";
import { setStaffUserEnabled } from "@/lib/server/staff/admin-users";
import { setFlash } from "@/lib/server/staff/flash";
import { pagePath, seeOther } from "@/lib/server/urls";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const POST = staffFormRoute<{ id: string }>(
  "administer",
  async ({ form, locale, session }, { id }) => {
    const page = pagePath(locale, "/staff/admin/users");
    const enabled = text(form, "enabled") === "true";
    const result = UUID.test(id)
      ? await setStaffUserEnabled(session.user.id, id, enabled)
      : ({ ok: false, error: "notFound" } as const);
    if (!result.ok) {
      await setFlash({ form: `status-${id}`, values: {}, errors: { [`status-${id}`]: result.error } });
      return seeOther(`${page}?fel=status-${id}#fel`);
    }
    return seeOther(`${page}?ok=${enabled ? "enabled" : "disabled"}`);
  },
);
