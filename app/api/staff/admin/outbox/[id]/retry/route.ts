import { refuseStaffForm } from "@/lib/server/auth/refusal";
import { requireStaffApi } from "@/lib/server/auth/api-access";
import { formRoute } from "@/lib/server/http/form-route";
import { retryOutboxMail } from "@/lib/server/mail/outbox-admin";
import { kickOutbox } from "@/lib/server/mail/worker";
import { pagePath, seeOther } from "@/lib/server/urls";

export const POST = formRoute<{ id: string }>(async ({ form, locale }, { id }) => {
  const session = await requireStaffApi("administer");
  if (!session) return refuseStaffForm(form, locale);
  const page = pagePath(locale, "/staff/admin/outbox");
  if (!(await retryOutboxMail(id, session.user.id))) return seeOther(`${page}?fel=notFound#fel`);
  kickOutbox();
  return seeOther(`${page}?ok=retried`);
});
