import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { formValues, setFlash } from "@/lib/server/staff/flash";
import { pagePath, seeOther } from "@/lib/server/urls";
import { parseEndpointForm } from "@/lib/server/webhooks/endpoint-form";
import { updateWebhookEndpoint } from "@/lib/server/webhooks/update-endpoint";

export const POST = staffFormRoute<{ id: string }>(
  "administer",
  async ({ form, locale, session }, { id }) => {
    const page = pagePath(locale, "/staff/admin/webhooks");
    const parsed = parseEndpointForm(form);
    if (!parsed.ok) {
      await setFlash({ form: `endpoint-${id}`, values: formValues(form), errors: parsed.errors });
      return seeOther(`${page}?fel=endpoint-${id}#fel`);
    }
    if (!(await updateWebhookEndpoint(id, parsed.data, session.user.id)))
      return seeOther(`${page}?fel=notFound#fel`);
    return seeOther(`${page}?ok=updated`);
  },
);
