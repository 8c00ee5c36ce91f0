import "server-only";
import type { Locale } from "@/lib/i18n/routing";
import { notFoundResponse } from "../http/html-page";
import { latestSignedAgreement } from "../signing/versions";
import { draftAgreementPdf } from "./agreement-pdf";

/**
 * The agreement as a PDF for a party's contact (the caller has opened their partner link): the
 * signed version with its signature page once every party has signed, else the draft from the record.
 */
export async function partnerAgreementDownload(partnershipId: string, locale: Locale): Promise<Response> {
  const name = locale === "en" ? "agreement" : "overenskommelse";
  const signed = await latestSignedAgreement(partnershipId);
  const signedBytes = signed ? await signed.load() : null;
  if (signed && signedBytes) return pdfResponse(signedBytes, `${name}-v${signed.number}.pdf`);
  const bytes = await draftAgreementPdf(partnershipId, locale);
  return bytes ? pdfResponse(bytes, `${name}.pdf`) : notFoundResponse();
}

function pdfResponse(bytes: Uint8Array, filename: string) {
  return new Response(bytes as BodyInit, {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
    },
  });
}
