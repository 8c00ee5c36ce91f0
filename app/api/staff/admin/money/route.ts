import { readMoneySettingsForm } from "@/lib/domain/money-commands";
import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { saveMoneySettings } from "@/lib/server/money-settings";
import { backWithErrors } from "@/lib/server/http/answer";
import { pagePath, seeOther } from "@/lib/server/urls";

// The significant-deviation threshold (audited through the settings row).
export const POST = staffFormRoute("administer", async ({ form, locale, session }) => {
  const page = pagePath(locale, "/staff/admin/settings");
  const read = readMoneySettingsForm((n) => String(form.get(n) ?? ""));
  if (!read.ok) return backWithErrors({ page, form: "money", keep: form }, read.errors);
  await saveMoneySettings(read.command, session.user.id);
  return seeOther(`${page}?ok=money#money-heading`);
});
