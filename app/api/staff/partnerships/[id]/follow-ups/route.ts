import { notFoundResponse } from "@/lib/server/http/html-page";
import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { readFollowUpForm, recordFollowUp } from "@/lib/server/partnerships/follow-ups";
import { formValues, setFlash } from "@/lib/server/staff/flash";
import { pagePath, seeOther } from "@/lib/server/urls";

// Records a held follow-up (the form on the follow-ups page). Post/redirect/get: errors ride in the
// flash cookie back to the page's error summary.
export const POST = staffFormRoute<{ id: string }>(
  "managePartnerships",
  async ({ form, locale, session }, { id }) => {
    const page = pagePath(locale, { pathname: "/staff/partnerships/[id]/follow-ups", params: { id } });
    const parsed = readFollowUpForm(form);
    if (!parsed.ok) {
      await setFlash({ form: "followUp", values: formValues(form), errors: parsed.errors });
      return seeOther(`${page}?fel=followUp#fel`);
    }
    const result = await recordFollowUp(id, parsed.record, session.user.id);
    if (result === "notFound" && !parsed.record.followUpId) return notFoundResponse();
    if (result !== "ok") {
      await setFlash({ form: "followUp", values: formValues(form), errors: { followUpId: result } });
      return seeOther(`${page}?fel=followUp#fel`);
    }
    return seeOther(`${page}?ok=recorded#genomforda`);
  },
);
