import { formRoute } from "@/lib/server/http/form-route";
import { notFoundResponse } from "@/lib/server/http/html-page";
import { partnerLinkAccess } from "@/lib/server/partnerships/partner-link";
import { partnerView } from "@/lib/server/partnerships/partner-view";
import {
  readPartnerReportForm,
  reportFiles,
  submitPartnerReport,
} from "@/lib/server/partnerships/submit-partner-report";
import { backWithErrors } from "@/lib/server/http/answer";
import { pagePath, seeOther } from "@/lib/server/urls";

// The partner's follow-up report (post/redirect/get): errors ride in the short-lived flash cookie
// back to the form's error summary; nothing is stored unless all of it is valid.
export const POST = formRoute<{ token: string }>(async ({ form, locale }, { token }) => {
  const access = await partnerLinkAccess(token);
  if (access.state !== "open") return notFoundResponse();
  const { partyId, partnershipId } = access;
  const view = await partnerView(partyId, partnershipId);
  if (!view) return notFoundResponse();
  const page = pagePath(locale, { pathname: "/samarbete/[token]/rapport", params: { token } });
  const target = { page, form: "partnerReport", keep: form, at: "?fel=1#fel" };
  const parsed = readPartnerReportForm(form, view);
  if (!parsed.ok) return backWithErrors(target, parsed.errors);
  const result = await submitPartnerReport(
    { type: "PARTNER" },
    { partyId, partnershipId, report: parsed.report, files: reportFiles(form) },
  );
  // A file's problem is beside the file field; any other refusal is the period's.
  if (!result.ok) return backWithErrors(target, result.errors ?? { period: "periodInvalid" });
  return seeOther(`${pagePath(locale, { pathname: "/samarbete/[token]", params: { token } })}?ok=submitted`);
});
