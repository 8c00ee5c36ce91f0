import { reviewSchema } from "@/lib/domain/partner-report";
import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { text } from "@/lib/server/http/form-route";
import { notFoundResponse } from "@/lib/server/http/html-page";
import { reviewPartnerReport } from "@/lib/server/partnerships/review-partner-report";
import { answerFailure, backWithErrors } from "@/lib/server/http/answer";
import { pagePath, seeOther } from "@/lib/server/urls";

// Accepts a partner report, or returns it with a comment (decision=accept|return).
export const POST = staffFormRoute<{ id: string }>(
  "managePartnerships",
  async ({ form, locale, session }, { id }) => {
    const page = pagePath(locale, { pathname: "/staff/partnerships/[id]/partner-reports", params: { id } });
    const reportId = text(form, "reportId");
    const parsed = reviewSchema.safeParse({
      decision: text(form, "decision"),
      reportId,
      comment: text(form, "comment"),
    });
    if (!parsed.success) {
      const code = parsed.error.issues[0]?.message;
      if (code !== "commentRequired" && code !== "commentTooLong") return notFoundResponse();
      const target = {
        page,
        form: `review-${reportId}`,
        keep: form,
        at: `?form=review-${reportId}&fel=1#fel`,
      };
      return backWithErrors(target, { comment: code });
    }
    const result = await reviewPartnerReport(
      { type: "STAFF", id: session.user.id },
      { ...parsed.data, partnershipId: id },
    );
    if (!result.ok) return answerFailure(result, { page, form: `review-${reportId}`, keep: null });
    return seeOther(`${page}?ok=${parsed.data.decision === "accept" ? "accepted" : "returned"}#rapporter`);
  },
);
