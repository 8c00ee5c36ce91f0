import { formRoute, text } from "@/lib/server/http/form-route";
import { applicantCookieToken, setApplicantCookie } from "@/lib/server/intake/applicant-session";
import { takeResumeDraft } from "@/lib/server/intake/take-resume-draft";
import { asLocale, pagePath, seeOther } from "@/lib/server/urls";

// Links mailed before the confirmation page existed pointed here: a GET only forwards to that page
// (which changes nothing). The token is the credential, so no referrer may carry it further.
export async function GET(request: Request, { params }: RouteContext<"/api/intake/resume/[token]">) {
  const locale = asLocale(new URL(request.url).searchParams.get("lang"));
  const { token } = await params;
  return seeOther(pagePath(locale, { pathname: "/forfragan/fortsatt/[token]", params: { token } }), {
    "Referrer-Policy": "no-referrer",
  });
}

// The confirmation page's form: takes the draft into this browser (once), or keeps the browser's own.
export const POST = formRoute<{ token: string }>(async ({ form, locale }, { token }) => {
  const browserToken = await applicantCookieToken("COLLABORATION");
  const taken = await takeResumeDraft(token, text(form, "keep") || null, browserToken);
  if (taken.ok) await setApplicantCookie("COLLABORATION", taken.browserToken);
  else if (taken.code === "invalid") return seeOther(pagePath(locale, "/forfragan/lanken-fungerar-inte"));
  else if (taken.code === "choose")
    return seeOther(pagePath(locale, { pathname: "/forfragan/fortsatt/[token]", params: { token } }));
  return seeOther(pagePath(locale, "/forfragan/oversikt"), { "Referrer-Policy": "no-referrer" });
});
