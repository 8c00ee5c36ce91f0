import { formRoute } from "@/lib/server/http/form-route";
import { notFoundResponse } from "@/lib/server/http/html-page";
import { partnerLinkAccess } from "@/lib/server/partnerships/partner-link";
import { partnerView } from "@/lib/server/partnerships/partner-view";
import {
  readPartnerReportForm,
  reportFiles,
  submitPartnerReport,
} from "@/lib/server/partnerships/submit-partner-report";
import { formValues, setFlash } from "@/lib/server/staff/flash";
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
  const fail = async (errors: Record<string, string>) => {
    await setFlash({ form: "partnerReport", values: formValues(form), errors });
    return seeOther(`${page}?fel=1#fel`);
  };
  const parsed = readPartnerReportForm(form, view);
  if (!parsed.ok) return fail(parsed.errors);
  const result = await submitPartnerReport(
    { type: "PARTNER" },
    { partyId, partnershipId, report: parsed.report, files: reportFiles(form) },
  );
  if (!result.ok) return fail(result.code === "file" ? { files: result.error } : { period: "periodInvalid" });
  return seeOther(`${pagePath(locale, { pathname: "/samarbete/[token]", params: { token } })}?ok=submitted`);
});
