import { parsePartnerReport } from "@/lib/domain/partner-report";
import { formRoute, text } from "@/lib/server/http/form-route";
import { notFoundResponse } from "@/lib/server/http/html-page";
import { partnerLinkAccess } from "@/lib/server/partnerships/partner-link";
import { partnerView } from "@/lib/server/partnerships/partner-view";
import { submitPartnerReport } from "@/lib/server/partnerships/submit-partner-report";
import { formValues, setFlash } from "@/lib/server/staff/flash";
import { pagePath, seeOther } from "@/lib/server/urls";

// The partner's follow-up report (post/redirect/get): errors ride in the short-lived flash cookie
// back to the form's error summary; nothing is stored unless all of it is valid.
export const POST = formRoute<{ token: string }>(async ({ form, locale }, { token }) => {
  const access = await partnerLinkAccess(token);
  if (access.state !== "open") return notFoundResponse();
  const view = await partnerView(access.partyId, access.partnershipId);
  if (!view) return notFoundResponse();
  const page = pagePath(locale, { pathname: "/samarbete/[token]/rapport", params: { token } });
  const fail = async (errors: Record<string, string>) => {
    await setFlash({ form: "partnerReport", values: formValues(form), errors });
    return seeOther(`${page}?fel=1#fel`);
  };
  const parsed = parsePartnerReport(
    {
      period: text(form, "period"),
      activities: text(form, "activities"),
      participants: text(form, "participants"),
      volunteerHours: text(form, "volunteerHours"),
      goals: view.goals.map((g) => ({ goalId: g.id, value: text(form, `goal-${g.id}`) })),
      costs: view.lines
        .filter((l) => l.partyId === view.party.id)
        .map((l) => ({ budgetLineId: l.id, amount: text(form, `cost-${l.id}`) })),
    },
    {
      periods: view.periods.map((p) => p.value),
      goalIds: view.goals.map((g) => g.id),
      lineIds: view.lines.map((l) => l.id),
    },
  );
  if (!parsed.ok) return fail(parsed.errors);
  const files = form
    .getAll("files")
    .filter((f): f is File => typeof f !== "string" && (f.size > 0 || f.name !== ""));
  const result = await submitPartnerReport(
    { type: "PARTNER" },
    { partyId: access.partyId, partnershipId: access.partnershipId, report: parsed.report, files },
  );
  if (!result.ok) return fail(result.code === "file" ? { files: result.error } : { period: "periodInvalid" });
  return seeOther(`${pagePath(locale, { pathname: "/samarbete/[token]", params: { token } })}?ok=submitted`);
});
