import { pdfDownload } from "@/lib/server/signing/pdf-response";
import { notFoundResponse, forbiddenResponse } from "@/lib/server/http/html-page";
import { requireStaffApi } from "@/lib/server/auth/api-access";
import { draftAgreementPdf } from "@/lib/server/partnerships/agreement-pdf";

// The IOP agreement as a PDF, in Swedish or (?lang=en) English, for everyone who may see partnerships.
export async function GET(
  request: Request,
  { params }: RouteContext<"/api/staff/partnerships/[id]/agreement-pdf">,
) {
  const session = await requireStaffApi("viewPartnerships");
  if (!session) return forbiddenResponse();
  const { id } = await params;
  const locale = new URL(request.url).searchParams.get("lang") === "en" ? "en" : "sv";
  const bytes = await draftAgreementPdf(id, locale);
  if (!bytes) return notFoundResponse();
  return pdfDownload(bytes, `${locale === "en" ? "agreement" : "overenskommelse"}-${id.slice(0, 8)}.pdf`);
}
