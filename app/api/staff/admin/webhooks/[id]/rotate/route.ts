import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { pagePath, seeOther } from "@/lib/server/urls";
import { stashNewSecret } from "@/lib/server/webhooks/new-secret-cookie";
import { rotateWebhookSecret } from "@/lib/server/webhooks/rotate-secret";

export const POST = staffFormRoute<{ id: string }>("administer", async ({ locale, session }, { id }) => {
  const page = pagePath(locale, "/staff/admin/webhooks");
  const rotated = await rotateWebhookSecret(id, session.user.id);
  if (!rotated) return seeOther(`${page}?fel=notFound#fel`);
  await stashNewSecret(session.user.id, id, rotated.secret);
  return seeOther(`${page}?ok=rotated#ny-hemlighet`);
});
