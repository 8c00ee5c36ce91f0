import { asLocale, pagePath, seeOther } from "@/lib/server/urls";
import { openResumeLink } from "@/lib/server/intake/resume-link";

// The emailed link. The token is the credential (the link is the person's key to the draft), so
// the page it lands on no longer carries it in the address.
export async function GET(request: Request, { params }: RouteContext<"/api/intake/resume/[token]">) {
  const locale = asLocale(new URL(request.url).searchParams.get("lang"));
  const ok = await openResumeLink((await params).token);
  return seeOther(pagePath(locale, ok ? "/forfragan/oversikt" : "/forfragan/lanken-fungerar-inte"), {
    "Referrer-Policy": "no-referrer",
  });
}
