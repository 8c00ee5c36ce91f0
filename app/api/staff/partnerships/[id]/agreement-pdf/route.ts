import { pdfFile, staffDownloadRoute } from "@/lib/server/http/download";
import { draftAgreementPdf } from "@/lib/server/partnerships/agreement-pdf";

// The IOP agreement as a PDF, in Swedish or (?lang=en) English, for everyone who may see partnerships.
export const GET = staffDownloadRoute<{ id: string }>("viewPartnerships", async ({ locale }, { id }) => {
  const bytes = await draftAgreementPdf(id, locale);
  if (!bytes) return null;
  return {
    file: pdfFile(`${locale === "en" ? "agreement" : "overenskommelse"}-${id.slice(0, 8)}.pdf`, bytes),
  };
});
