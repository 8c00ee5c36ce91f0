import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { retryOutboxMail } from "@/lib/server/mail/outbox-admin";
import { kickOutbox } from "@/lib/server/mail/worker";
import { pagePath, seeOther } from "@/lib/server/urls";

export const POST = staffFormRoute<{ id: string }>("administer", async ({ locale, session }, { id }) => {
  const page = pagePath(locale, "/staff/admin/outbox");
  if (!(await retryOutboxMail(id, session.user.id))) return seeOther(`${page}?fel=notFound#fel`);
  kickOutbox();
  return seeOther(`${page}?ok=retried`);
});
