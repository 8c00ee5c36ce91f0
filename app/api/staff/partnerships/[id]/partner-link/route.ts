import { sendPartnerLinkSchema } from "@/lib/domain/partner-report";
import { staffActor } from "@/lib/server/audit/record";
import { staffCommandRoute, type CommandScope } from "@/lib/server/http/command-route";
import { sendPartnerLink } from "@/lib/server/partnerships/partner-link";
import { asLocale, pagePath } from "@/lib/server/urls";

const reportsPage = ({ locale, params: { id } }: CommandScope<{ id: string }>) =>
  pagePath(locale, { pathname: "/staff/partnerships/[id]/partner-reports", params: { id } });

// Sends (or sends again) a civil-society party's contact their private partner link.
export const POST = staffCommandRoute("managePartnerships", {
  schema: sendPartnerLinkSchema,
  form: (scope: CommandScope<{ id: string }>) => ({
    page: reportsPage(scope),
    form: "partner-link",
    keep: false,
  }),
  run: (actor, { partyId, mailLocale }, { id }) =>
    sendPartnerLink(staffActor(actor.id), { partnershipId: id, partyId, locale: asLocale(mailLocale) }),
  done: (scope) => `${reportsPage(scope)}?ok=linkSent#kontakter`,
});
