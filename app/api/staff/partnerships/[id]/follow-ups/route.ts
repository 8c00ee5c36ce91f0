import { notFoundResponse } from "@/lib/server/http/html-page";
import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { readFollowUpForm, recordFollowUp } from "@/lib/server/partnerships/follow-ups";
import { answerFailure, backWithErrors } from "@/lib/server/http/answer";
import { pagePath, seeOther } from "@/lib/server/urls";

// Records a held follow-up (the form on the follow-ups page). Post/redirect/get: errors ride in the
// flash cookie back to the page's error summary.
export const POST = staffFormRoute<{ id: string }>(
  "managePartnerships",
  async ({ form, locale, session }, { id }) => {
    const page = pagePath(locale, { pathname: "/staff/partnerships/[id]/follow-ups", params: { id } });
    const target = { page, form: "followUp", keep: form };
    const parsed = readFollowUpForm(form);
    if (!parsed.ok) return backWithErrors(target, parsed.errors);
    const result = await recordFollowUp(id, parsed.record, session.user.id);
    // Without a follow-up id only the partnership can be missing: then the page itself is gone.
    if (!result.ok && (result.code !== "notFound" || parsed.record.followUpId))
      return answerFailure(result, { ...target, field: "followUpId" });
    if (!result.ok) return notFoundResponse();
    return seeOther(`${page}?ok=recorded#genomforda`);
  },
);
