import { readRetentionForm } from "@/lib/domain/retention";
import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { saveRetentionSchedule } from "@/lib/server/retention/schedule";
import { backWithErrors } from "@/lib/server/http/answer";
import { pagePath, seeOther } from "@/lib/server/urls";

// The retention schedule (audited through the settings row).
export const POST = staffFormRoute("administer", async ({ form, locale, session }) => {
  const page = pagePath(locale, "/staff/admin/retention");
  const read = readRetentionForm((n) => String(form.get(n) ?? ""));
  if (!read.ok) return backWithErrors({ page, form: "retention", keep: form }, read.errors);
  await saveRetentionSchedule(read.schedule, session.user.id);
  return seeOther(`${page}?ok=saved#schedule-heading`);
});
