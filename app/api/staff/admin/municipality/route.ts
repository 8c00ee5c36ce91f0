import { parseMunicipalitySettingsForm } from "@/lib/domain/municipality-settings";
import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { text } from "@/lib/server/http/form-route";
import { logger } from "@/lib/server/log";
import { saveMunicipalitySettings } from "@/lib/server/settings";
import { backWithErrors } from "@/lib/server/http/answer";
import { pagePath, seeOther } from "@/lib/server/urls";

// The municipality's own settings (the "Kommunen" section of the settings page). Administrators only.
export const POST = staffFormRoute("administer", async ({ form, locale, requestId, session }) => {
  const page = pagePath(locale, "/staff/admin/settings");
  const result = parseMunicipalitySettingsForm({
    name: text(form, "name"),
    mailbox: text(form, "mailbox"),
    contactEmail: text(form, "contactEmail"),
    contactPhone: text(form, "contactPhone"),
    registrationPrefix: text(form, "registrationPrefix"),
  });
  if (!result.ok) {
    // Field ids on the page are municipality-<field>.
    const errors = Object.fromEntries(
      Object.entries(result.errors).map(([k, v]) => [`municipality-${k}`, v as string]),
    );
    return backWithErrors({ page, form: "municipality", keep: form }, errors);
  }
  await saveMunicipalitySettings(result.settings, session.user.id);
  logger.info({ requestId, event: "municipality-settings-saved", by: session.user.id }, "settings saved");
  return seeOther(`${page}?ok=municipality#kommunen`);
});
