import { parseWorkflowSettingsForm } from "@/lib/domain/admin-schemas";
import { OPTIONAL_STEPS, perStep, STEPS } from "@/lib/domain/steps";
import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { text } from "@/lib/server/http/form-route";
import { backWithErrors } from "@/lib/server/http/answer";
import { pagePath, seeOther } from "@/lib/server/urls";
import { saveWorkflowSettings } from "@/lib/server/workflow-settings";

export const POST = staffFormRoute("administer", async ({ form, locale, session }) => {
  const page = pagePath(locale, "/staff/admin/settings");
  const result = parseWorkflowSettingsForm({
    optionalSteps: perStep(OPTIONAL_STEPS, (s) => form.getAll("optionalSteps").includes(s)),
    daysPerStep: perStep(STEPS, (s) => text(form, `days-${s}`)),
  });
  if (!result.ok) {
    // Field ids on the page are days-<STEP>.
    const errors = Object.fromEntries(
      Object.entries(result.errors).map(([k, v]) => [k.replace(/^daysPerStep\./, "days-"), v]),
    );
    return backWithErrors({ page, form: "settings", keep: form }, errors);
  }
  await saveWorkflowSettings(result.settings, session.user.id);
  return seeOther(`${page}?ok=saved`);
});
