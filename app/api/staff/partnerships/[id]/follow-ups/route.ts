import { notFoundResponse } from "@/lib/server/http/html-page";
import { parseFollowUpForm, swedishDate } from "@/lib/domain/follow-ups";
import { isGoalId } from "@/lib/domain/partnership";
import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { text } from "@/lib/server/http/form-route";
import { recordFollowUp } from "@/lib/server/partnerships/follow-ups";
import { formValues, setFlash } from "@/lib/server/staff/flash";
import { pagePath, seeOther } from "@/lib/server/urls";

// Records a held follow-up (the form on the follow-ups page). Post/redirect/get: errors ride in the
// flash cookie back to the page's error summary.
export const POST = staffFormRoute<{ id: string }>(
  "managePartnerships",
  async ({ form, locale, session }, { id }) => {
    const page = pagePath(locale, { pathname: "/staff/partnerships/[id]/follow-ups", params: { id } });
    // One value (and comment) per goal: value-<goalId>, comment-<goalId>.
    const indicators = [...new Set(form.keys())]
      .map((k) => /^value-(.{1,60})$/.exec(k)?.[1])
      .filter((i): i is string => i !== undefined && isGoalId(i))
      .map((i) => ({
        goalId: i,
        value: text(form, `value-${i}`),
        comment: text(form, `comment-${i}`),
      }));
    const parsed = parseFollowUpForm(
      {
        followUpId: text(form, "followUpId"),
        heldOn: text(form, "heldOn"),
        participants: text(form, "participants"),
        notes: text(form, "notes"),
        indicators,
      },
      swedishDate(new Date()),
    );
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
