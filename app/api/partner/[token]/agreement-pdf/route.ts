import { notFoundResponse } from "@/lib/server/http/html-page";
import { partnerAgreementDownload } from "@/lib/server/partnerships/partner-agreement";
import { partnerLinkAccess } from "@/lib/server/partnerships/partner-link";

// The agreement as a PDF for the party's contact, through their partner link: the signed version
// with its signature page once every party has signed, else the draft drawn from the record.
export async function GET(request: Request, { params }: RouteContext<"/api/partner/[token]/agreement-pdf">) {
  const access = await partnerLinkAccess((await params).token);
  if (access.state !== "open") return notFoundResponse();
  const locale = new URL(request.url).searchParams.get("lang") === "en" ? "en" : "sv";
  return partnerAgreementDownload(access.partnershipId, locale);
}
