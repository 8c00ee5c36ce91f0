import { reviewSchema } from "@/lib/domain/partner-report";
import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { text } from "@/lib/server/http/form-route";
import { notFoundResponse } from "@/lib/server/http/html-page";
import { reviewPartnerReport } from "@/lib/server/partnerships/review-partner-report";
import { formValues, setFlash } from "@/lib/server/staff/flash";
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
      await setFlash({ form: `review-${reportId}`, values: formValues(form), errors: { comment: code } });
      return seeOther(`${page}?form=review-${reportId}&fel=1#fel`);
    }
    const result = await reviewPartnerReport(
      { type: "STAFF", id: session.user.id },
      { ...parsed.data, partnershipId: id },
    );
    if (result === "notFound") return notFoundResponse();
    if (result === "alreadyReviewed" || result === "budgetChanged")
      return seeOther(`${page}?fel=${result}#fel`);
    return seeOther(`${page}?ok=${parsed.data.decision === "accept" ? "accepted" : "returned"}#rapporter`);
  },
);
