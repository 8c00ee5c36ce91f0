import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { backWithErrors } from "@/lib/server/http/answer";
import { pagePath, seeOther } from "@/lib/server/urls";
import { parseEndpointForm } from "@/lib/server/webhooks/endpoint-form";
import { updateWebhookEndpoint } from "@/lib/server/webhooks/update-endpoint";

export const POST = staffFormRoute<{ id: string }>(
  "administer",
  async ({ form, locale, session }, { id }) => {
    const page = pagePath(locale, "/staff/admin/webhooks");
    const parsed = parseEndpointForm(form);
    if (!parsed.ok) return backWithErrors({ page, form: `endpoint-${id}`, keep: form }, parsed.errors);
    if (!(await updateWebhookEndpoint(id, parsed.data, session.user.id)))
      return seeOther(`${page}?fel=notFound#fel`);
    return seeOther(`${page}?ok=updated`);
  },
);
