import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { staffActor } from "@/lib/server/audit/record";
import { text } from "@/lib/server/http/form-route";
import { answerFailure } from "@/lib/server/http/answer";
import { sendPartnerLink } from "@/lib/server/partnerships/partner-link";
import { asLocale, pagePath, seeOther } from "@/lib/server/urls";

// Sends (or sends again) a civil-society party's contact their private partner link.
export const POST = staffFormRoute<{ id: string }>(
  "managePartnerships",
  async ({ form, locale, session }, { id }) => {
    const result = await sendPartnerLink(staffActor(session.user.id), {
      partnershipId: id,
      partyId: text(form, "partyId"),
      locale: asLocale(text(form, "mailLocale")),
    });
    const page = pagePath(locale, { pathname: "/staff/partnerships/[id]/partner-reports", params: { id } });
    if (result.ok) return seeOther(`${page}?ok=linkSent#kontakter`);
    return answerFailure(result, { page, form: "partner-link", keep: null });
  },
);
