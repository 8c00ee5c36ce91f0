import { pdfDownload } from "@/lib/server/signing/pdf-response";
import { notFoundResponse, forbiddenResponse } from "@/lib/server/http/html-page";
import { requireStaffApi } from "@/lib/server/auth/api-access";
import { proposalDocument, proposalPdf } from "@/lib/server/staff/proposal-document";
import { recordRead } from "@/lib/server/records/read-log";

// The decision proposal as a PDF for the kommundirektör, in Swedish or (?lang=en) English.
export async function GET(request: Request, { params }: RouteContext<"/api/staff/cases/[id]/proposal-pdf">) {
  const session = await requireStaffApi("readProposals");
  if (!session) return forbiddenResponse();
  const { id } = await params;
  const locale = new URL(request.url).searchParams.get("lang") === "en" ? "en" : "sv";
  const doc = await proposalDocument(id, locale);
  if (!doc) return notFoundResponse();
  await recordRead({ staffId: session.user.id, entity: "proposal_pdf", entityId: id, caseId: id });
  const bytes = await proposalPdf(doc);
  const name = `forslag-till-beslut-${doc.registrationNumber.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "")}.pdf`;
  return pdfDownload(bytes, name);
}
