import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { backWithErrors } from "@/lib/server/http/answer";
import { pagePath, seeOther } from "@/lib/server/urls";
import { createWebhookEndpoint } from "@/lib/server/webhooks/create-endpoint";
import { parseEndpointForm } from "@/lib/server/webhooks/endpoint-form";
import { stashNewSecret } from "@/lib/server/webhooks/new-secret-cookie";

export const POST = staffFormRoute("administer", async ({ form, locale, session }) => {
  const page = pagePath(locale, "/staff/admin/webhooks");
  const parsed = parseEndpointForm(form);
  if (!parsed.ok) return backWithErrors({ page, form: "new", keep: form }, parsed.errors);
  const { id, secret } = await createWebhookEndpoint(parsed.data, session.user.id);
  await stashNewSecret(session.user.id, id, secret);
  return seeOther(`${page}?ok=created#ny-hemlighet`);
});
