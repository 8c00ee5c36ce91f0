import { pdfFile, staffDownloadRoute } from "@/lib/server/http/download";
import { proposalDocument, proposalPdf } from "@/lib/server/staff/proposal-document";

// The decision proposal as a PDF for the kommundirektör, in Swedish or (?lang=en) English.
export const GET = staffDownloadRoute<{ id: string }>("readProposals", async ({ locale }, { id }) => {
  const doc = await proposalDocument(id, locale);
  if (!doc) return null;
  const number = doc.registrationNumber.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return {
    file: pdfFile(`forslag-till-beslut-${number}.pdf`, await proposalPdf(doc)),
    read: { entity: "proposal_pdf", entityId: id, caseId: id },
  };
});
