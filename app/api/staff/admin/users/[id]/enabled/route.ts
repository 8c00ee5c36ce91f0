import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { answerFailure } from "@/lib/server/http/answer";
import { text } from "@/lib/server/http/form-route";
import { setStaffUserEnabled } from "@/lib/server/staff/admin-users";
import { pagePath, seeOther } from "@/lib/server/urls";

export const POST = staffFormRoute<{ id: string }>(
  "administer",
  async ({ form, locale, session }, { id }) => {
    const page = pagePath(locale, "/staff/admin/users");
    const enabled = text(form, "enabled") === "true";
    const result = await setStaffUserEnabled(session.user.id, id, enabled);
    if (result.ok) return seeOther(`${page}?ok=${enabled ? "enabled" : "disabled"}`);
    return answerFailure(result, { page, form: `status-${id}`, keep: null, field: `status-${id}` });
  },
);
